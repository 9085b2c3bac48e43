using System.CommandLine;
using PlanBot.Cli.Input;
using Xunit;

namespace PlanBot.Core.Tests.Cli;

public sealed class DocumentInputsTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task No_arguments_means_the_bundled_sample()
    {
        var pair = await LoadAsync();

        Assert.True(pair.IsBundledSample);
        Assert.Equal("PRD.md", pair.Prd.DisplayPath);
        Assert.Contains("FR-001", pair.Prd.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finds_the_documents_in_docs_pre_development_docs()
    {
        temp.Write("docs/pre-development-docs/PRD.md", "prd");
        temp.Write("docs/pre-development-docs/TRD.md", "trd");

        var pair = await LoadAsync(temp.Path);

        Assert.Equal(("prd", "trd"), (pair.Prd.Text, pair.Trd.Text));
        Assert.False(pair.IsBundledSample);
    }

    [Fact]
    public async Task Top_level_documents_win_over_nested_ones_and_names_are_case_insensitive()
    {
        temp.Write("prd.md", "top prd");
        temp.Write("docs/pre-development-docs/PRD.md", "nested prd");
        temp.Write("docs/pre-development-docs/TRD.md", "nested trd");

        var pair = await LoadAsync(temp.Path);

        Assert.Equal(("top prd", "nested trd"), (pair.Prd.Text, pair.Trd.Text));
    }

    [Fact]
    public async Task Overrides_replace_the_files_of_the_folder()
    {
        temp.Write("PRD.md", "prd");
        temp.Write("TRD.md", "trd");
        var other = temp.Write("other/TRD-v2.md", "trd v2");

        var pair = await LoadAsync(temp.Path, "--trd", other);

        Assert.Equal(("prd", "trd v2", other), (pair.Prd.Text, pair.Trd.Text, pair.Trd.DisplayPath));
    }

    [Fact]
    public async Task A_byte_order_mark_is_not_part_of_the_text()
    {
        temp.WriteBytes("PRD.md", [0xEF, 0xBB, 0xBF, (byte)'#']);
        temp.Write("TRD.md", "trd");

        var pair = await LoadAsync(temp.Path);

        Assert.Equal("#", pair.Prd.Text);
    }

    [Fact]
    public async Task A_document_of_exactly_the_limit_is_accepted()
    {
        temp.Write("PRD.md", new string('a', (int)InputLimits.DocumentBytes));
        temp.Write("TRD.md", "trd");

        var pair = await LoadAsync(temp.Path);

        Assert.Equal(InputLimits.DocumentBytes, pair.Prd.Text.Length);
    }

    private static Task<DocumentPair> LoadAsync(params string[] args)
    {
        var inputs = new DocumentInputs();
        var command = new Command("test");
        inputs.AddTo(command);
        var parsed = command.Parse(args);
        Assert.Empty(parsed.Errors);
        return inputs.LoadAsync(parsed, TextWriter.Null, CancellationToken.None);
    }
}
