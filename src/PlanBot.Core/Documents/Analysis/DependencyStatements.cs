using System.Text.RegularExpressions;

namespace PlanBot.Core.Documents.Analysis;

/// <summary>
/// The requirements a text says it waits for: "depends on FR-002", "requires FR-001", "after FR-003", "blocked by
/// FR-004 and FR-005", "prerequisite: FR-006", each as its comparison key (<see cref="RequirementIds.Key(string)"/>).
/// </summary>
internal static partial class DependencyStatements
{
    public static IEnumerable<string> KeysIn(string text)
    {
        foreach (Match stated in Stated().Matches(text))
        {
            foreach (Capture id in stated.Groups["id"].Captures)
            {
                yield return RequirementIds.Key(id.Value);
            }
        }
    }

    [GeneratedRegex(@"\b(?:depends\s+on|requires|after|blocked\s+by|prerequisites?:?)\s+(?:(?<id>[A-Z][A-Z0-9]{0,5}-\d{1,4})(?:\s*(?:,|and|&)\s*)?)+", RegexOptions.CultureInvariant)]
    private static partial Regex Stated();
}
