using CsCheck;
using PlanBot.Core.Rendering;

namespace PlanBot.Core.Tests.Rendering;

public sealed class MarkdownLayoutTests
{
    // The characters the layout decides on, so short random texts hit fences, blank runs and split CR LF pairs.
    private const string Alphabet = "`~ \t\r\nab";

    private static readonly Gen<string> Texts = Gen.Int[0, Alphabet.Length - 1]
        .Select(i => Alphabet[i])
        .Array[0, 60]
        .Select(chars => new string(chars));

    [Theory]
    [InlineData("a", "a\n")]
    [InlineData("", "\n")]
    [InlineData("\n\na\n\n\n\nb\n\n\n", "a\n\nb\n")]
    [InlineData("a  \r\nb\t\rc", "a\nb\nc\n")]
    [InlineData("```\nx\n\n\n\ny\n```\n\n\n\nz", "```\nx\n\n\n\ny\n```\n\nz\n")]
    [InlineData("   ````bash\n   ```\n\n\n   ````\n\n\nz", "   ````bash\n   ```\n\n\n   ````\n\nz\n")]
    [InlineData("~~~\n```\n\n\n~~~~  \n\n\nz", "~~~\n```\n\n\n~~~~\n\nz\n")]
    public void Normalizes_line_endings_blank_lines_and_the_final_newline(string input, string expected) =>
        Assert.Equal(expected, Normalize(input));

    [Fact]
    public void Output_does_not_depend_on_how_the_template_engine_splits_its_writes() =>
        Gen.Select(Texts, Gen.Int[0, 60].Array[0, 6]).Sample((text, cuts) =>
        {
            var layout = new MarkdownLayout(int.MaxValue);
            var at = 0;
            foreach (var cut in cuts.Select(c => Math.Min(c, text.Length)).Order())
            {
                var end = Math.Max(at, cut);
                layout.Write(text, at, end - at);
                at = end;
            }

            layout.Write(text, at, text.Length - at);
            Assert.Equal(Normalize(text), layout.Finish());
        });

    private static string Normalize(string markdown)
    {
        var layout = new MarkdownLayout(int.MaxValue);
        layout.Write(markdown, 0, markdown.Length);
        return layout.Finish();
    }

    [Fact]
    public void Output_past_the_limit_is_refused()
    {
        var layout = new MarkdownLayout(10);
        layout.Write("0123456789", 0, 10);

        var error = Assert.Throws<PlanTemplateException>(() => layout.Write("x", 0, 1));

        Assert.Equal("the template wrote more than 10 characters (far more than any plan)", error.Message);
        Assert.Equal("0123456789\n", layout.Finish());
    }
}
