using PlanBot.Core.Planning;
using Xunit;

namespace PlanBot.Core.Tests.Planning;

/// <summary>Each plan under <c>Data/</c> gives the <c>PlanDocument</c> in the JSON next to it, whatever its line endings or BOM.</summary>
public sealed class PlanMarkdownParserDataTests
{
    private readonly PlanMarkdownParser parser = new();

    public static TheoryData<string> Names => PlanDataFiles.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public void Reads_the_expected_plan(string name)
    {
        var plan = parser.Parse(PlanDataFiles.Markdown(name));

        PlanDataFiles.Verify(name, PlanDataFiles.ToJson(plan));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Reads_the_same_plan_with_crlf_line_endings_and_a_byte_order_mark(string name)
    {
        var markdown = PlanDataFiles.Markdown(name);
        var expected = parser.Parse(markdown);

        Assert.Equal(expected, parser.Parse(markdown.ReplaceLineEndings("\r\n")));
        Assert.Equal(expected, parser.Parse("\uFEFF" + markdown));
        Assert.Equal(expected, parser.Parse("\uFEFF" + markdown.ReplaceLineEndings("\r\n")));
    }
}
