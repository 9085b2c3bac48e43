using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Parsers.Inlines;
using Markdig.Syntax;
using PlanBot.Core.Planning.Reading;

namespace PlanBot.Core.Planning;

/// <summary>
/// Reads an <c>IMPLEMENTATION_PLAN.md</c> (ours, or hand-edited) back into a <see cref="PlanDocument"/>, following
/// docs/plan-format.md. Never throws: what it does not recognise is skipped, and a document it cannot read at all
/// (Markdown nested deeper than Markdig allows) gives a plan without phases, which callers must not publish.
/// </summary>
public sealed class PlanMarkdownParser
{
    private const char ByteOrderMark = '\uFEFF';

    // Markdig reads the blocks (headings, fences, nested lists, task lists) and, inside them, escapes, entities
    // and code spans. Emphasis and links are left unparsed on purpose: the plan's text is plain (labels and demo
    // titles are matched by PlanSyntax), a person's **bold** or [link](url) is kept as written rather than
    // losing its URL, and Markdig's emphasis and link parsers are quadratic, and throw, on long runs of `*` or
    // `[` in one paragraph. Inline HTML goes with the autolink parser: the escaper never writes it.
    private static readonly MarkdownPipeline Pipeline = CreatePipeline();

    public PlanDocument Parse(string markdown)
    {
        var text = markdown ?? string.Empty;
        if (text.Length > 0 && text[0] == ByteOrderMark)
        {
            text = text[1..];
        }

        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses documents nested deeper than its limit (128 levels of lists or quotes) rather than
            // risk the stack; no plan is written like that.
            return new PlanDocument(string.Empty, ValueList<PlanPhase>.Empty);
        }

        return new PlanReader().Read(document);
    }

    private static MarkdownPipeline CreatePipeline()
    {
        var builder = new MarkdownPipelineBuilder();
        builder.InlineParsers.RemoveAll(parser => parser is EmphasisInlineParser or LinkInlineParser or AutolinkInlineParser);
        // UseTaskLists() would place its parser before the link parser, which is gone; the parser alone is enough
        // since nothing here renders HTML.
        builder.InlineParsers.Add(new TaskListInlineParser());
        return builder.Build();
    }
}
