using System.Text;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;

namespace PlanBot.Core.Planning.Reading;

/// <summary>
/// One pass over the top-level blocks of a parsed plan: headings open and close phases and weeks, labels say what
/// the following lists hold. Anything else is skipped.
/// </summary>
internal sealed class PlanReader
{
    private readonly List<PhaseDraft> phases = [];
    private string? title;
    private PhaseDraft? phase;
    private WeekDraft? week;
    private PlanLabel label;
    private DemoDraft? demo;

    public PlanDocument Read(MarkdownDocument document)
    {
        foreach (var block in document)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    OnHeading(heading);
                    break;
                case ParagraphBlock paragraph:
                    OnParagraph(MarkedText.Of(paragraph.Inline));
                    break;
                case ListBlock list:
                    OnList(list);
                    break;
                case CodeBlock code when label == PlanLabel.Demos && week is not null:
                    // A fence that is not indented under a demo's list item ends the list but still belongs to it.
                    (demo ?? NewDemo(string.Empty)).AddCommands(Code(code));
                    break;
            }
        }

        return PlanSchedule.Build(title ?? string.Empty, phases);
    }

    private void OnHeading(HeadingBlock heading)
    {
        var text = MarkedText.Of(heading.Inline).Text;
        demo = null;
        label = PlanLabel.None;
        if (PlanSyntax.TryPhase(text, out var phaseHeading))
        {
            phase = new PhaseDraft(phaseHeading, heading.Level);
            phases.Add(phase);
            week = null;
            return;
        }

        // Weeks are read at any level inside a phase: the "Week N" words say what it is even when a person moved
        // the heading one level up or down.
        if (phase is not null && PlanSyntax.TryWeek(text, out var weekHeading))
        {
            week = new WeekDraft(weekHeading, heading.Level);
            phase.Weeks.Add(week);
            return;
        }

        var written = PlanSyntax.LabelOf(text);
        if (phase is not null && written == PlanLabel.PhaseAcceptanceCriteria)
        {
            // Usually at the level of the weeks, sometimes at the phase's own: either way it stays in the phase.
            Open(written);
            return;
        }

        // Any other heading at the level of the phase (or week) or above ends it; a deeper one is either a block
        // label ("##### Acceptance criteria") or something of the week's that the parser does not read.
        if (phase is not null && heading.Level <= phase.Level)
        {
            phase = null;
            week = null;
        }
        else if (week is not null && heading.Level <= week.Level)
        {
            week = null;
        }

        if (heading.Level == 1 && title is null)
        {
            title = PlanSyntax.Title(text);
            return;
        }

        Open(written);
    }

    private void OnParagraph(MarkedText paragraph)
    {
        if (PlanSyntax.TryLabel(paragraph, out var written, out var rest))
        {
            demo = null;
            Open(written);
            if (rest.Length > 0)
            {
                OnLabelText(rest);
            }

            return;
        }

        switch (label)
        {
            case PlanLabel.Goal:
                OnLabelText(paragraph);
                break;
            case PlanLabel.Demos when week is not null:
                // A bold line is a demo's title; other prose under a demo describes it.
                if (PlanSyntax.TryUnbold(paragraph, out var title) || demo is null)
                {
                    NewDemo(title);
                }

                break;
        }
    }

    // Text in the same paragraph as its label: "**Goal:** …", "**Delivers:** FR-001, `POST /v1/x`".
    private void OnLabelText(MarkedText text)
    {
        switch (label)
        {
            case PlanLabel.Goal when phase is not null:
                phase.Goal = text.Text;
                label = PlanLabel.None;
                break;
            case PlanLabel.Delivers when week is not null:
                week.Traces.AddRange(text.SplitAtCommas());
                break;
            case PlanLabel.Why when week is not null:
                week.Reasons.Add(text.Text);
                break;
            case PlanLabel.Needs when week is not null:
                week.Needs.Add(text.Text);
                break;
        }
    }

    private void OnList(ListBlock list)
    {
        switch (label)
        {
            case PlanLabel.Tasks when week is not null:
                week.Tasks.AddRange(Items(list).Select(item => item.Text));
                break;
            case PlanLabel.Deliverables when week is not null:
                week.Deliverables.AddRange(Items(list));
                break;
            case PlanLabel.AcceptanceCriteria when week is not null:
                week.AcceptanceCriteria.AddRange(Items(list));
                break;
            case PlanLabel.PhaseAcceptanceCriteria when phase is not null:
                phase.AcceptanceCriteria.AddRange(Items(list));
                break;
            case PlanLabel.Delivers when week is not null:
                week.Traces.AddRange(Items(list).Select(item => item.Text));
                break;
            case PlanLabel.Why when week is not null:
                week.Reasons.AddRange(Items(list).Select(item => item.Text));
                break;
            case PlanLabel.Needs when week is not null:
                week.Needs.AddRange(Items(list).Select(item => item.Text));
                break;
            case PlanLabel.Demos when week is not null:
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    OnDemoItem(item);
                }

                break;
        }
    }

    // "1. **Title**" followed, in the item, by one or more code blocks.
    private void OnDemoItem(ListItemBlock item)
    {
        var first = item.OfType<ParagraphBlock>().FirstOrDefault();
        PlanSyntax.TryUnbold(first is null ? MarkedText.Empty : MarkedText.Of(first.Inline), out var title);
        var current = NewDemo(title);
        foreach (var code in item.OfType<CodeBlock>())
        {
            current.AddCommands(Code(code));
        }
    }

    private DemoDraft NewDemo(string title)
    {
        demo = new DemoDraft(title);
        week!.Demos.Add(demo);
        return demo;
    }

    // Labels outside a week: acceptance criteria belong to the phase; the week's own blocks have nowhere to go.
    // The phase's criteria come after its weeks, so they end the week they follow.
    private void Open(PlanLabel written)
    {
        label = Resolve(written);
        if (label == PlanLabel.PhaseAcceptanceCriteria)
        {
            week = null;
        }
    }

    private PlanLabel Resolve(PlanLabel written) => written switch
    {
        PlanLabel.AcceptanceCriteria when week is null => phase is null ? PlanLabel.None : PlanLabel.PhaseAcceptanceCriteria,
        PlanLabel.PhaseAcceptanceCriteria when phase is null => PlanLabel.None,
        PlanLabel.Goal when phase is null || week is not null => PlanLabel.None,
        PlanLabel.Tasks or PlanLabel.Deliverables or PlanLabel.Demos or PlanLabel.Delivers or PlanLabel.Why or PlanLabel.Needs when week is null => PlanLabel.None,
        _ => written,
    };

    // Every item of the list and of the lists nested in it, in document order: a criterion a person indented under
    // another is still a criterion. An item's text is its first paragraph; items without text are skipped.
    private static IEnumerable<Checkbox> Items(ListBlock list)
    {
        var pending = new Stack<Block>();
        pending.Push(list);
        while (pending.TryPop(out var block))
        {
            if (block is ListItemBlock item && item.OfType<ParagraphBlock>().FirstOrDefault() is { } paragraph)
            {
                var text = MarkedText.Of(paragraph.Inline);
                if (text.Length > 0)
                {
                    yield return new Checkbox(text.Text, paragraph.Inline?.FirstChild is TaskList { Checked: true });
                }
            }

            if (block is ContainerBlock container)
            {
                for (var i = container.Count - 1; i >= 0; i--)
                {
                    if (container[i] is ListBlock or ListItemBlock)
                    {
                        pending.Push(container[i]);
                    }
                }
            }
        }
    }

    // Lines joined with "\n" whatever the file used, so a plan saved with CRLF reads the same.
    private static string Code(CodeBlock code)
    {
        var lines = code.Lines;
        var text = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                text.Append('\n');
            }

            text.Append(lines.Lines[i].Slice.AsSpan());
        }

        return text.ToString();
    }
}
