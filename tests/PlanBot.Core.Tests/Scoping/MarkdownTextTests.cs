using PlanBot.Core.Rendering;
using Xunit;

namespace PlanBot.Core.Tests.Scoping;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("---", "\\---")]
    [InlineData("- - -", "\\- - -")]
    [InlineData("Retry policy #", "Retry policy \\#")]
    [InlineData("C# ##", "C# \\##")]
    [InlineData("&lt; is text", "\\&lt; is text")]
    [InlineData("R&D & QA", "R&D & QA")]
    [InlineData("ask @octocat or @org/team", "ask @\u200Boctocat or @\u200Borg/team")]
    [InlineData("mail a@b.com", "mail a@\u200Bb.com")]
    [InlineData("fixes #12", "f\u200Bixes #\u200B12")]
    [InlineData("Closes: owner/repo#3", "C\u200Bloses: owner/repo#\u200B3")]
    [InlineData("resolved https://github.com/o/r/issues/1", "r\u200Besolved https://github.com/o/r/issues/1")]
    [InlineData("issue #7 and C# code", "issue #\u200B7 and C# code")]
    [InlineData("a | b", "a \\| b")]
    [InlineData("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;")]
    [InlineData("**bold** _it_ `code` [link](u) ~~s~~ \\", "\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\[link\\](u) \\~\\~s\\~\\~ \\\\")]
    [InlineData("line one\nline two\r\n", "line one line two")]
    [InlineData("", "")]
    [InlineData("# not a heading", "\\# not a heading")]
    [InlineData("- not a list", "\\- not a list")]
    [InlineData("12. not a list", "12\\. not a list")]
    [InlineData("## not a heading", "#\\# not a heading")]
    [InlineData("99.9% uptime", "99.9% uptime")]
    [InlineData("a - b # c", "a - b # c")]
    public void Escapes_text_for_one_line_of_markdown(string text, string expected)
    {
        Assert.Equal(expected, MarkdownText.Escape(text));
    }

    [Theory]
    [InlineData("a `b` c", "`a b c`")]
    [InlineData("``", "` `")]
    [InlineData("x\ny", "`x y`")]
    public void Code_spans_hold_one_line_without_backticks(string text, string expected)
    {
        Assert.Equal(expected, MarkdownText.Code(text));
    }

    [Theory]
    [InlineData("ask @ops\n```\n--> end", "ask @\u200Bops ''' -> end")]
    [InlineData("~~~~ fence", "~~ fence")]
    public void Plain_lines_cannot_end_a_fence_or_comment(string text, string expected)
    {
        Assert.Equal(expected, MarkdownText.PlainLine(text));
    }
}
