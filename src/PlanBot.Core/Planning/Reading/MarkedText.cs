using System.Text;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax.Inlines;

namespace PlanBot.Core.Planning.Reading;

/// <summary>
/// The plain text of a run of inlines, and for each character whether it was written as raw Markdown (so it can
/// be syntax, like the <c>**</c> of a label or a comma between traces) or came from a backslash escape, an entity
/// or a code span (so it is text, whatever it looks like).
/// </summary>
/// <remarks>
/// Unescaping mirrors <see cref="Rendering.MarkdownText.Escape"/>, so that <c>parse(render(plan)) == plan</c> for
/// text the escaper leaves unchanged and <c>render(parse(render(plan))) == render(plan)</c> for any text:
/// <list type="bullet">
/// <item>Backslash escapes give the character back (<c>\*</c> → <c>*</c>).</item>
/// <item>Entities give the character they stand for (<c>&amp;lt;</c> → <c>&lt;</c>, <c>&amp;amp;</c> typed by a
/// person → <c>&amp;</c>). Text that only looks like an entity was written with its <c>&amp;</c> escaped by the
/// escaper, so it stays text.</item>
/// <item>Code spans give their content: <see cref="Rendering.MarkdownText.Code"/> is how the bot marks endpoints
/// and table names, and the name is the text.</item>
/// <item>Zero-width spaces that neutralise <c>@mentions</c>, <c>#12</c> references and closing keywords stay.
/// The escaper leaves them as they are, so keeping them keeps the round trip stable, and removing them would hand
/// the next reader of the plan model (milestone descriptions, issue bodies) a live mention if it forgot to escape.
/// A zero-width space a person typed cannot be told apart from ours, so none are removed.</item>
/// <item>Emphasis and links are not parsed (see <see cref="PlanMarkdownParser"/>): <c>**bold**</c> and
/// <c>[text](url)</c> typed by a person stay in the text as written, URL included.</item>
/// </list>
/// </remarks>
internal sealed class MarkedText
{
    // Null when every character is raw, the common case (a plain literal), so it costs no array.
    private readonly bool[]? raw;

    private MarkedText(string text, bool[]? raw)
    {
        Text = text;
        this.raw = raw;
    }

    public static MarkedText Empty { get; } = new(string.Empty, null);

    /// <summary>The text, without leading or trailing white space.</summary>
    public string Text { get; }

    public int Length => Text.Length;

    public static MarkedText Of(ContainerInline? inlines)
    {
        if (inlines is null)
        {
            return Empty;
        }

        if (inlines.FirstChild is LiteralInline { IsFirstCharacterEscaped: false } only && only.NextSibling is null)
        {
            return Trim(only.Content.ToString(), null);
        }

        var builder = new Builder();
        builder.Append(inlines);
        return Trim(builder.Text.ToString(), builder.Raw);
    }

    private bool IsRaw(int index) => raw is null || raw[index];

    /// <summary>The text from <paramref name="start"/> on, trimmed.</summary>
    public MarkedText From(int start) => start >= Length ? Empty : Trim(Text[start..], raw?[start..]);

    /// <summary>Whether <paramref name="value"/> is written, as raw Markdown, at <paramref name="index"/>.</summary>
    public bool HasRaw(string value, int index)
    {
        if (index < 0 || index + value.Length > Length || string.CompareOrdinal(Text, index, value, 0, value.Length) != 0)
        {
            return false;
        }

        for (var i = index; i < index + value.Length; i++)
        {
            if (!IsRaw(i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text split at raw commas (a comma in a code span or an entity does not split), parts trimmed, empty parts dropped.</summary>
    public IEnumerable<string> SplitAtCommas()
    {
        var start = 0;
        for (var i = 0; i <= Length; i++)
        {
            if (i == Length || (Text[i] == ',' && IsRaw(i)))
            {
                var part = Text[start..i].Trim();
                if (part.Length > 0)
                {
                    yield return part;
                }

                start = i + 1;
            }
        }
    }

    private static MarkedText Trim(string text, bool[]? raw)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return start == 0 && end == text.Length ? new MarkedText(text, raw) : new MarkedText(text[start..end], raw?[start..end]);
    }

    /// <summary>The text, and where it is not raw: an array only for text that has escapes, entities or code.</summary>
    private sealed class Builder
    {
        private List<(int Start, int Length)>? notRaw;

        public StringBuilder Text { get; } = new();

        public bool[]? Raw
        {
            get
            {
                if (notRaw is null)
                {
                    return null;
                }

                var raw = new bool[Text.Length];
                Array.Fill(raw, true);
                foreach (var (start, length) in notRaw)
                {
                    Array.Fill(raw, false, start, length);
                }

                return raw;
            }
        }

        // Without the emphasis and link parsers the tree is flat; the recursion (bounded by Markdig's nesting
        // limit) keeps the reading right if an extension ever nests inlines.
        public void Append(ContainerInline container)
        {
            for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        if (literal.IsFirstCharacterEscaped && !literal.Content.IsEmpty)
                        {
                            NotRaw(Text.Length, 1);
                        }

                        Text.Append(literal.Content.AsSpan());
                        break;
                    case HtmlEntityInline entity:
                        AppendNotRaw(entity.Transcoded.AsSpan());
                        break;
                    case CodeInline code:
                        AppendNotRaw(code.Content);
                        break;
                    case LineBreakInline:
                        Text.Append(' ');
                        break;
                    case TaskList:
                        // The box is read by the list item; its text starts after it.
                        break;
                    case ContainerInline nested:
                        Append(nested);
                        break;
                }
            }
        }

        private void AppendNotRaw(ReadOnlySpan<char> value)
        {
            NotRaw(Text.Length, value.Length);
            Text.Append(value);
        }

        private void NotRaw(int start, int length) => (notRaw ??= []).Add((start, length));
    }
}
