using PlanBot.Core.Rendering;

namespace PlanBot.Core.Tests.Rendering;

public sealed class MarkdownLayoutTests
{
    [Theory]
    [InlineData("a", "a\n")]
    [InlineData("", "\n")]
    [InlineData("\n\na\n\n\n\nb\n\n\n", "a\n\nb\n")]
    [InlineData("a  \r\nb\t\rc", "a\nb\nc\n")]
    [InlineData("```\nx\n\n\n\ny\n```\n\n\n\nz", "```\nx\n\n\n\ny\n```\n\nz\n")]
    [InlineData("   ````bash\n   ```\n\n\n   ````\n\n\nz", "   ````bash\n   ```\n\n\n   ````\n\nz\n")]
    public void Normalizes_line_endings_blank_lines_and_the_final_newline(string input, string expected) =>
        Assert.Equal(expected, MarkdownLayout.Normalize(input));
}
