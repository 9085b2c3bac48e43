using PlanBot.Core.Rendering;
using Xunit;

namespace PlanBot.Core.Tests.Tracking;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("ping @octocat", "ping @\u200Doctocat")]
    [InlineData("team @acme/ops", "team @\u200Dacme/ops")]
    [InlineData("fixes #1", "fixes #\u200B1")]
    [InlineData("Closes: #12 and resolved acme/api#3", "Closes: #\u200B12 and resolved acme/api#\u200B3")]
    [InlineData("see #1", "see #1")]
    [InlineData("prefix #1", "prefix #1")]
    [InlineData("a | b", "a \\| b")]
    [InlineData("<script>alert(1)</script>", "&lt;script>alert(1)&lt;/script>")]
    [InlineData("P99 < 50ms", "P99 &lt; 50ms")]
    [InlineData("a @ b", "a @ b")]
    [InlineData("", "")]
    public void Escapes(string text, string expected)
    {
        Assert.Equal(expected, MarkdownText.Escape(text));
    }
}
