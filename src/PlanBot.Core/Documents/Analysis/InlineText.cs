using System.Text;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PlanBot.Core.Documents.Analysis;

/// <summary>
/// Turns Markdig inlines into a <see cref="TextUnit"/>. The walk is iterative (parent and sibling links), so
/// pathological nesting in a hostile document cannot overflow the stack.
/// </summary>
internal sealed class InlineText
{
    private static readonly int[] SingleLine = [0];

    private readonly StringBuilder text = new();
    private readonly List<int> lineStarts = [];
    private readonly List<int> lineNumbers = [];
    private readonly List<(int Start, int End)> strong = [];
    private readonly Stack<int> openStrong = new();
    private bool pendingBreak;
    private bool? isChecked;

    /// <summary>The text of a leaf block (paragraph or heading); <paramref name="block"/> gives the line when it has no inlines.</summary>
    public TextUnit Read(LeafBlock block) => Read(block.Inline, block.Line + 1);

    public TextUnit Read(ContainerInline? root, int firstLine)
    {
        text.Clear();
        lineStarts.Clear();
        lineNumbers.Clear();
        strong.Clear();
        openStrong.Clear();
        pendingBreak = false;
        isChecked = null;
        lineStarts.Add(0);
        lineNumbers.Add(firstLine);
        if (root is not null)
        {
            Walk(root);
        }

        while (text.Length > 0 && char.IsWhiteSpace(text[^1]))
        {
            text.Length--;
        }

        // A loop and a stable sort instead of a LINQ chain: this runs for every paragraph, item, heading and cell.
        var length = text.Length;
        if (strong.Count == 0)
        {
            // Most units have no bold text: no list to filter and sort.
            return new TextUnit(text.ToString(), lineNumbers[0], LineStarts(), LineNumbers(), [], isChecked);
        }

        var spans = new List<(int Start, int End)>(strong.Count);
        foreach (var span in strong)
        {
            if (span.Start < length)
            {
                spans.Add((span.Start, Math.Min(span.End, length)));
            }
        }

        return new TextUnit(text.ToString(), lineNumbers[0], LineStarts(), LineNumbers(), StableByStart(spans), isChecked);
    }

    /// <summary>The line starts; a one-line unit (most of them) shares one array, which no unit ever writes to.</summary>
    private int[] LineStarts() => lineStarts.Count == 1 ? SingleLine : [.. lineStarts];

    /// <summary>The line of each start; none for a one-line unit, whose line is its first.</summary>
    private int[]? LineNumbers() => lineNumbers.Count == 1 ? null : [.. lineNumbers];

    /// <summary>The spans by start, equal starts kept in order (a stable sort); usually none or one, already in order.</summary>
    private static (int Start, int End)[] StableByStart(List<(int Start, int End)> spans)
    {
        for (var i = 1; i < spans.Count; i++)
        {
            if (spans[i].Start < spans[i - 1].Start)
            {
                return [.. spans.OrderBy(span => span.Start)];
            }
        }

        return [.. spans];
    }

    private void Walk(ContainerInline root)
    {
        var node = root.FirstChild;
        while (node is not null)
        {
            Enter(node);
            if (node is ContainerInline { FirstChild: { } child })
            {
                node = child;
                continue;
            }

            Leave(node);
            while (node is not null && node.NextSibling is null)
            {
                node = node.Parent;
                if (node is null || ReferenceEquals(node, root))
                {
                    node = null;
                    break;
                }

                Leave(node);
            }

            node = node?.NextSibling;
        }
    }

    private void Enter(Inline node)
    {
        switch (node)
        {
            case LiteralInline literal when literal.Content.Length > 0:
                Append(literal.Content.AsSpan(), literal.Line);
                break;
            case CodeInline code:
                Append(code.Content.AsSpan(), code.Line);
                break;
            case HtmlEntityInline entity when entity.Transcoded.Length > 0:
                Append(entity.Transcoded.AsSpan(), entity.Line);
                break;
            case AutolinkInline link:
                Append(link.Url.AsSpan(), link.Line);
                break;
            case LineBreakInline:
                pendingBreak = true;
                break;
            case TaskList task:
                isChecked = task.Checked;
                break;
            case EmphasisInline { DelimiterCount: >= 2, DelimiterChar: '*' or '_' }:
                // Bold that opens a new line starts on that line, after the break.
                FlushBreak(node.Line);
                openStrong.Push(text.Length);
                break;
        }
    }

    private void Leave(Inline node)
    {
        if (node is EmphasisInline { DelimiterCount: >= 2, DelimiterChar: '*' or '_' } && openStrong.Count > 0)
        {
            var start = openStrong.Pop();
            if (text.Length > start)
            {
                strong.Add((start, text.Length));
            }
        }
    }

    private void Append(ReadOnlySpan<char> content, int zeroBasedLine)
    {
        if (text.Length == 0)
        {
            // Leading blanks (after a task-list marker, for example) are not part of the text.
            content = content.TrimStart();
            if (content.IsEmpty)
            {
                return;
            }

            // A strong span opened before the first character starts at 0.
            pendingBreak = false;
            text.Append(content);
            return;
        }

        if (pendingBreak)
        {
            FlushBreak(zeroBasedLine);
            content = content.TrimStart();
        }

        text.Append(content);
    }

    private void FlushBreak(int zeroBasedLine)
    {
        if (!pendingBreak || text.Length == 0)
        {
            return;
        }

        pendingBreak = false;
        if (!char.IsWhiteSpace(text[^1]))
        {
            text.Append(' ');
        }

        lineStarts.Add(text.Length);
        lineNumbers.Add(zeroBasedLine + 1);
    }
}
