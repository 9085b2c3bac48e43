using PlanBot.Core.Documents.Analysis;
using PlanBot.Core.Planning.Inputs;

namespace PlanBot.Core.Planning.Writing;

/// <summary>
/// How the plan names requirements without ids, and lists of requirements in prose: ids as runs
/// (<c>FR-001–FR-004</c>), titles as a short list, since a title may itself contain "and".
/// </summary>
internal static class RequirementNames
{
    private const int NameLength = 60;
    private const int MaxTitles = 3;

    /// <summary>The title without asides, at most 60 characters: how prose names a requirement without an id.</summary>
    public static string Short(string title)
    {
        var name = Prose.Short(Folding.WithoutAsides(title), NameLength);
        return name.Length > 0 ? name : Prose.Short(title, NameLength);
    }

    /// <summary>The short title with its commas as semicolons: a week's traces are separated by commas.</summary>
    public static string Trace(string title) => Short(title).Replace(",", ";", StringComparison.Ordinal);

    /// <summary>The requirements as prose: id runs when all have ids, otherwise at most three names (all when <paramref name="max"/> is unbounded).</summary>
    public static string List(IReadOnlyList<RequirementBlock> requirements, int max = 12) =>
        requirements.All(r => r.Requirement.HasExplicitId)
            ? Prose.Ids(requirements.Select(r => r.Name), max)
            : Prose.List(requirements.Select(r => r.Mention).ToList(), max == int.MaxValue ? max : Math.Min(max, MaxTitles));
}
