using PlanBot.Core.Documents;
using PlanBot.Core.Planning.Inputs;

namespace PlanBot.Core.Planning.Work;

/// <summary>
/// A line of the TRD as the plan quotes it: a line of code as code, a line of prose as written, under the name of what
/// it is about ("PRL-09: `AIDS Levy = PAYE × AIDS_LEVY_RATE` (TRD line 820)"); as a task with its line, as a criterion
/// "(derived from" its line.
/// </summary>
internal static class TrdQuotes
{
    public const int MaxCriteria = 2;

    public static string Text(Sourced<DocumentPiece> line) =>
        line.Value.IsCode && !line.Value.Text.Contains('`', StringComparison.Ordinal) ? $"`{line.Value.Text.TrimEnd('.')}`" : line.Value.Text.TrimEnd('.');

    public static string Task(Sourced<DocumentPiece> line) => $"{Text(line)} ({line.Where})";

    public static string Task(string about, Sourced<DocumentPiece> line) => $"{about}: {Task(line)}";

    /// <summary>The first <see cref="MaxCriteria"/> lines as criteria; markup ("&lt;Route path=… /&gt;") says where a screen goes, not what to check.</summary>
    public static IEnumerable<string> Criteria(string about, IEnumerable<Sourced<DocumentPiece>> lines) =>
        lines.Where(l => !l.Value.Text.StartsWith('<')).Take(MaxCriteria).Select(l => $"{about}: {Text(l)} (derived from {l.Where})");
}
