using System.Globalization;
using System.Text.RegularExpressions;
using PlanBot.Core.Documents;
using PlanBot.Core.Planning;
using PlanBot.Core.Planning.Work;

namespace PlanBot.Core.Tests.Planning;

/// <summary>
/// One row of the corpus scoreboard: what a lead sees first in a plan. <see cref="Quoted"/> criteria are the documents'
/// own (they cite their line); <see cref="Written"/> ones PlanBot wrote; <see cref="Template"/> ones are the same
/// sentence with only a name swapped in three or more weeks; <see cref="MadeUpIds"/> are ids made from line numbers;
/// <see cref="Untraced"/> weeks deliver nothing the documents name; <see cref="ImplementAndTestOnly"/> weeks only say
/// "implement X" and "tests for X"; <see cref="Padding"/> weeks are parts of an item cut to fill weeks ("(1/2)",
/// "Continue X"); <see cref="StandardOnly"/> work items are there by the standard's practice alone (no line of the
/// documents and no answer asked for them); <see cref="Thin"/> weeks have fewer than three concrete tasks (a task that
/// names something of the documents: a line it cites, an endpoint or a code name); <see cref="Dependencies"/> are what
/// items wait for beyond the foundation, <see cref="OutOfOrder"/> those scheduled after the item that waits for them;
/// <see cref="Unquoted"/> are measurable targets no criterion quotes as written; <see cref="LoadTestedMetrics"/> are
/// business success metrics (success criteria that state no quantity of the system: no percentile, latency,
/// throughput, milliseconds, page load or run time) a performance test is asked to prove.
/// </summary>
internal sealed partial record CorpusScoreboard(string Pair, int Weeks, int Phases, int Effort, int Quoted, int Written, int Template, int MadeUpIds, int Untraced, int StandardOnly, int Thin, int ImplementAndTestOnly, int Padding, int Dependencies, int OutOfOrder, int Unquoted, int LoadTestedMetrics)
{
    public const string Header = "| pair | weeks | phases | effort h | criteria quoted | criteria written | template criteria | made-up ids | weeks without a trace | standard-practice items | weeks < 3 concrete tasks | implement+tests weeks | padding parts | dependencies | out of order | targets not quoted | metrics load-tested |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|";

    /// <summary>
    /// Two criteria are one template when at least this share of the shorter one's words, and at least
    /// <see cref="MinimumCommon"/> words, are common to both in order: what is left is the name swapped in.
    /// </summary>
    private const double SameShape = 0.6;

    private const int MinimumCommon = 4;

    public int Criteria => Quoted + Written;

    public static CorpusScoreboard Of(string pair, DocumentSet documents, ImplementationPlan plan, WorkPlan work, string markdown)
    {
        var weeks = plan.Document.Phases.SelectMany(p => p.Weeks).ToList();
        var criteria = weeks.SelectMany(w => w.AcceptanceCriteria).Select(c => c.Text).ToList();
        var quoted = criteria.Count(c => Cited().IsMatch(c));
        var targets = documents.Trd.PerformanceTargets.Concat(documents.Prd.PerformanceTargets).Select(t => t.Text.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var metrics = documents.Prd.SuccessCriteria.Concat(documents.Trd.SuccessCriteria).Select(c => c.Text.Trim()).Where(t => t.Length > 0 && !SystemQuantity().IsMatch(t)).ToList();
        var performance = criteria.Where(c => c.StartsWith("Proven by a ", StringComparison.Ordinal)).ToList();
        return new CorpusScoreboard(
            pair,
            weeks.Count,
            plan.Document.Phases.Count,
            plan.Summary.EffortHours,
            quoted,
            criteria.Count - quoted,
            Templates(weeks.Select(w => w.AcceptanceCriteria.Select(c => c.Text).Where(c => !Cited().IsMatch(c)).ToList()).ToList()),
            MadeUpId().Count(markdown),
            weeks.Count(w => w.Traces.Count == 0),
            work.Items.Count(i => i.Trigger.IsStandardPractice),
            weeks.Count(w => w.Tasks.Count(IsConcrete) < 3),
            weeks.Count(w => w.Tasks.All(t => Boilerplate().IsMatch(t))),
            weeks.Count(w => Part().IsMatch(w.Title) || w.Tasks.Any(t => t.StartsWith("Continue ", StringComparison.Ordinal))),
            Waits(work).Count(),
            Waits(work).Count(w => w.Prerequisite > w.Item),
            targets.Count(t => !criteria.Any(c => c.Contains(t, StringComparison.OrdinalIgnoreCase))),
            metrics.Count(m => performance.Any(c => c.Contains(m, StringComparison.OrdinalIgnoreCase))));
    }

    /// <summary>A task that names something of the documents: a line it cites, an endpoint, or a name in code.</summary>
    public static bool IsConcrete(string task) => Cited().IsMatch(task) || Endpoint().IsMatch(task) || task.Contains('`', StringComparison.Ordinal);

    /// <summary>The criteria written the same way, with only a name swapped, in three or more weeks.</summary>
    public static int Templates(IReadOnlyList<IReadOnlyList<string>> weeks)
    {
        var all = weeks.SelectMany((criteria, week) => criteria.Select(c => (Week: week, Words: Words(c)))).ToList();
        return all.Count(c => all.Where(o => Alike(c.Words, o.Words)).Select(o => o.Week).Distinct().Count() >= 3);
    }

    private static string[] Words(string text) => text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static bool Alike(string[] a, string[] b)
    {
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                lengths[i, j] = a[i - 1] == b[j - 1] ? lengths[i - 1, j - 1] + 1 : Math.Max(lengths[i - 1, j], lengths[i, j - 1]);
            }
        }

        var common = lengths[a.Length, b.Length];
        return common >= MinimumCommon && common >= SameShape * Math.Min(a.Length, b.Length);
    }

    /// <summary>Each (position of an item, position of an item it waits for) in the order the schedule lays them out, the foundation left out.</summary>
    private static IEnumerable<(int Item, int Prerequisite)> Waits(WorkPlan work)
    {
        var position = work.Items.Select((item, i) => (item.Key, i)).ToDictionary(p => p.Key, p => p.i);
        return work.Items.SelectMany((item, i) => item.DependsOn.Where(position.ContainsKey).Where(k => work.Items[position[k]].Kind != WorkKind.Foundation).Select(k => (i, position[k])));
    }

    public string Row() => string.Create(
        CultureInfo.InvariantCulture,
        $"| {Pair} | {Weeks} | {Phases} | {Effort:#,0} | {Quoted} | {Written} | {Template} | {MadeUpIds} | {Untraced} | {StandardOnly} | {Thin} | {ImplementAndTestOnly} | {Padding} | {Dependencies} | {OutOfOrder} | {Unquoted} | {LoadTestedMetrics} |");

    [GeneratedRegex(@"\((?:PRD|TRD) line \d+\)")]
    private static partial Regex Cited();

    [GeneratedRegex(@"\b[pP]\d{2}\b|latenc|throughput|req/s|\d\s*ms\b|page load|run time|api response", RegexOptions.IgnoreCase)]
    private static partial Regex SystemQuantity();

    [GeneratedRegex(@"\b(?:GET|POST|PUT|PATCH|DELETE) /")]
    private static partial Regex Endpoint();

    [GeneratedRegex(@"\b(?:PRD|TRD)-L\d+\b|\bstory (?:PRD|TRD) line \d+")]
    private static partial Regex MadeUpId();

    [GeneratedRegex(@"\(\d+(?:–\d+)?/\d+\)")]
    private static partial Regex Part();

    [GeneratedRegex(@"^(?:Implement |Unit and integration tests for |Automated tests? for )")]
    private static partial Regex Boilerplate();
}
