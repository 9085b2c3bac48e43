using PlanBot.Cli;
using Xunit;

namespace PlanBot.Core.Tests.Cli;

/// <summary>Every unusable input ends in one line on stderr, nothing on stdout, and exit code 2 — before any analysis.</summary>
public sealed class CliErrorTests : IDisposable
{
    private const string Prd = "# PRD\n\n## Executive Summary\n\nA product.\n";
    private const string Trd = "# TRD\n\n## System Architecture\n\nA service.\n";

    private readonly TempFolder temp = new();

    public CliErrorTests()
    {
        temp.Write("docs/PRD.md", Prd);
        temp.Write("docs/TRD.md", Trd);
        temp.Write("only-prd/PRD.md", Prd);
        temp.Write("bad.liquid", "# {{ plan.title }}\n{% for phase in plan.phases %}\n{% endif %}\n");
    }

    public void Dispose() => temp.Dispose();

    [Fact]
    public Task Missing_directory() =>
        AssertOneLineErrorAsync(["plan", Path.Join(temp.Path, "nope")], "directory not found");

    [Fact]
    public Task A_path_with_a_line_break_still_gives_one_line() =>
        AssertOneLineErrorAsync(["plan", Path.Join(temp.Path, "two\nlines")], "directory not found", "two lines");

    [Fact]
    public Task Directory_without_a_TRD() =>
        AssertOneLineErrorAsync(["lint", Path.Join(temp.Path, "only-prd")], "no TRD.md in");

    [Fact]
    public Task A_file_given_as_the_directory() =>
        AssertOneLineErrorAsync(["analyze", Path.Join(temp.Path, "docs", "PRD.md")], "is a file");

    [Fact]
    public Task Missing_prd_override() =>
        AssertOneLineErrorAsync(["questions", Docs, "--prd", Path.Join(temp.Path, "missing.md")], "PRD not found");

    [Fact]
    public Task Only_one_override_without_a_directory() =>
        AssertOneLineErrorAsync(["plan", "--prd", Path.Join(temp.Path, "docs", "PRD.md")], "TRD.md not given");

    [Fact]
    public Task Missing_answers_file() =>
        AssertOneLineErrorAsync(["plan", Docs, "--answers", Path.Join(temp.Path, "answers.yml")], "answers file not found");

    [Fact]
    public Task Answers_path_is_a_directory() =>
        AssertOneLineErrorAsync(["plan", Docs, "--answers", temp.Path], "is a directory");

    [Fact]
    public Task Binary_answers_file()
    {
        var path = temp.WriteBytes("answers.bin", [0x74, 0x65, 0x00, 0x01]);
        return AssertOneLineErrorAsync(["plan", Docs, "--answers", path], "is not a text file");
    }

    [Fact]
    public Task Answers_file_that_is_not_utf8()
    {
        var path = temp.WriteBytes("answers.yml", [0x74, 0x65, 0x61, 0x6D, 0xFF, 0xFE, 0x0A]);
        return AssertOneLineErrorAsync(["plan", Docs, "--answers", path], "is not UTF-8 text");
    }

    [Fact]
    public Task Template_with_a_syntax_error_names_the_line() =>
        AssertOneLineErrorAsync(["plan", Docs, "--template", Path.Join(temp.Path, "bad.liquid")], "bad.liquid:3:4: template error: Unable to find a pending `if`/`else` for this `endif` at (3:4)");

    [Fact]
    public Task Missing_template() =>
        AssertOneLineErrorAsync(["plan", Docs, "--template", Path.Join(temp.Path, "none.liquid")], "template not found");

    [Fact]
    public Task Oversized_document()
    {
        var big = new string('a', (int)PlanBot.Cli.Input.InputLimits.DocumentBytes + 1);
        temp.Write("big/PRD.md", big);
        temp.Write("big/TRD.md", Trd);
        return AssertOneLineErrorAsync(["analyze", Path.Join(temp.Path, "big")], "PRD", "the limit is 5 MB");
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("25/11/2026")]
    [InlineData("tomorrow")]
    public Task Bad_today(string today) =>
        AssertOneLineErrorAsync(["plan", Docs, "--today", today], "--today expects a date as yyyy-MM-dd");

    [Fact]
    public Task Unknown_command() =>
        AssertOneLineErrorAsync(["planify"], "planify");

    [Fact]
    public Task No_command() =>
        AssertOneLineErrorAsync([], "Required command was not provided");

    [Fact]
    public Task Unknown_option() =>
        AssertOneLineErrorAsync(["lint", Docs, "--stritc"], "--stritc");

    private string Docs => Path.Join(temp.Path, "docs");

    private static async Task AssertOneLineErrorAsync(string[] args, params string[] expectedParts)
    {
        var result = await CliRunner.RunAsync(args);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("planbot: ", line, StringComparison.Ordinal);
        foreach (var part in expectedParts)
        {
            Assert.Contains(part, line, StringComparison.Ordinal);
        }
    }
}
