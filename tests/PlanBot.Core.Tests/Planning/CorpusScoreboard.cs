using System.Globalization;
using System.Text.RegularExpressions;
using PlanBot.Core.Planning;
using PlanBot.Core.Planning.Work;

namespace PlanBot.Core.Tests.Planning;

/// <summary>
/// One row of the corpus scoreboard: what a lead sees first in a plan. <see cref="Quoted"/> criteria are the documents'
/// own (they cite their line); <see cref="Written"/> ones PlanBot wrote; <see cref="Template"/> ones only say the thing
/// works; <see cref="MadeUpIds"/> are ids made from line numbers; <see cref="Untraced"/> weeks deliver nothing the
/// documents name; <see cref="ImplementAndTestOnly"/> weeks only say "implement X" and "tests for X";
/// <see cref="Padding"/> weeks are parts of an item cut to fill weeks ("(1/2)", "Continue X"); <see cref="StandardOnly"/> work items are there by the standard's practice alone (no line of the
/// documents and no answer asked for them); <see cref="Thin"/> weeks have fewer than three tasks beyond "implement X" and "tests for X";
/// <see cref="Dependencies"/> are what items wait for beyond the foundation, <see cref="OutOfOrder"/> those scheduled
/// after the item that waits for them.
/// </summary>
internal sealed partial record CorpusScoreboard(string Pair, int Weeks, int Phases, int Effort, int Quoted, int Written, int Template, int MadeUpIds, int Untraced, int StandardOnly, int Thin, int ImplementAndTestOnly, int Padding, int Dependencies, int OutOfOrder)
{
    public const string Header = "| pair | weeks | phases | effort h | criteria quoted | criteria written | template criteria | made-up ids | weeks without a trace | standard-practice items | thin weeks | implement+tests weeks | padding parts | dependencies | out of order |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|";

    public static CorpusScoreboard Of(string pair, ImplementationPlan plan, WorkPlan work, string markdown)
    {
        var weeks = plan.Document.Phases.SelectMany(p => p.Weeks).ToList();
        var criteria = weeks.SelectMany(w => w.AcceptanceCriteria).Select(c => c.Text).ToList();
        var quoted = criteria.Count(c => Cited().IsMatch(c));
        return new CorpusScoreboard(
            pair,
            weeks.Count,
            plan.Document.Phases.Count,
            plan.Summary.EffortHours,
            quoted,
            criteria.Count - quoted,
            criteria.Count(c => c.Contains("works end to end", StringComparison.Ordinal)),
            MadeUpId().Count(markdown),
            weeks.Count(w => w.Traces.Count == 0),
            work.Items.Count(i => i.Trigger.IsStandardPractice),
            weeks.Count(w => w.Tasks.Count(t => !Boilerplate().IsMatch(t)) < 3),
            weeks.Count(w => w.Tasks.All(t => Boilerplate().IsMatch(t))),
            weeks.Count(w => Part().IsMatch(w.Title) || w.Tasks.Any(t => t.StartsWith("Continue ", StringComparison.Ordinal))),
            Waits(work).Count(),
            Waits(work).Count(w => w.Prerequisite > w.Item));
    }

    /// <summary>Each (position of an item, position of an item it waits for) in the order the schedule lays them out, the foundation left out.</summary>
    private static IEnumerable<(int Item, int Prerequisite)> Waits(WorkPlan work)
    {
        var position = work.Items.Select((item, i) => (item.Key, i)).ToDictionary(p => p.Key, p => p.i);
        return work.Items.SelectMany((item, i) => item.DependsOn.Where(position.ContainsKey).Where(k => work.Items[position[k]].Kind != WorkKind.Foundation).Select(k => (i, position[k])));
    }

    public string Row() => string.Create(
        CultureInfo.InvariantCulture,
        $"| {Pair} | {Weeks} | {Phases} | {Effort:#,0} | {Quoted} | {Written} | {Template} | {MadeUpIds} | {Untraced} | {StandardOnly} | {Thin} | {ImplementAndTestOnly} | {Padding} | {Dependencies} | {OutOfOrder} |");

    [GeneratedRegex(@"\((?:PRD|TRD) line \d+\)")]
    private static partial Regex Cited();

    [GeneratedRegex(@"\b(?:PRD|TRD)-L\d+\b|\bstory (?:PRD|TRD) line \d+")]
    private static partial Regex MadeUpId();

    [GeneratedRegex(@"\(\d+(?:–\d+)?/\d+\)")]
    private static partial Regex Part();

    [GeneratedRegex(@"^(?:Implement |Unit and integration tests for |Automated tests? for )")]
    private static partial Regex Boilerplate();
}
