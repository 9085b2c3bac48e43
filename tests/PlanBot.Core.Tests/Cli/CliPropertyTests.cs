using CsCheck;
using PlanBot.Cli;
using PlanBot.Cli.Input;
using Xunit;

namespace PlanBot.Core.Tests.Cli;

/// <summary>Whatever is typed, the CLI answers with an exit code and at most one line on stderr, never a stack trace.</summary>
public sealed class CliPropertyTests
{
    // Real commands and options mixed with arbitrary text; --out is left out so no run writes a file.
    private static readonly Gen<string> Token = Gen.OneOf(
        Gen.OneOf("plan", "questions", "analyze", "lint", "--json", "--strict", "--today", "--answers", "--template", "--prd", "--trd", "--help", "2026-11-25", ".", "/", "", "two\nlines"),
        Gen.String);

    /// <summary>Arguments that once broke the command line (a response-file "@" before a folder), and their kin.</summary>
    public static TheoryData<string[]> Hostile { get; } = new()
    {
        new[] { "plan", "@." },
        new[] { "@/" },
        new[] { "questions", "@/dev/null" },
        new[] { "plan", "@" + typeof(CliPropertyTests).Assembly.Location },
        new[] { "--" },
        new[] { string.Empty },
        new[] { "plan", new string('x', 100_000) },
        new[] { "plan", "\uD800" },
        new[] { "analyze", "--json", "@@" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Known_hostile_arguments_end_in_an_exit_code_and_at_most_one_error_line(string[] args)
    {
        var result = await CliRunner.RunAsync(new FakeEngine(), args);

        Assert.Contains(result.ExitCode, new[] { ExitCodes.Success, ExitCodes.UsageError });
        Assert.True(result.ErrorLines.Length <= 1, result.Error);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public Task Any_arguments_end_in_an_exit_code_and_at_most_one_error_line() =>
        Token.Array[0, 6].SampleAsync(
            async args =>
            {
                var result = await CliRunner.RunAsync(new FakeEngine(), args);

                Assert.Contains(result.ExitCode, new[] { ExitCodes.Success, ExitCodes.Failure, ExitCodes.UsageError });
                Assert.True(result.ErrorLines.Length <= 1, result.Error);
                Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
            },
            iter: 300);

    [Fact]
    public void Any_bytes_decode_to_text_or_a_clear_input_error() =>
        Gen.Byte.Array[0, 64].Sample(bytes =>
        {
            try
            {
                Assert.False(InputFile.Decode(bytes, "x.md", "PRD").StartsWith('\uFEFF'));
            }
            catch (CliInputException e)
            {
                Assert.StartsWith("PRD 'x.md' is not ", e.Message, StringComparison.Ordinal);
            }
        });
}
