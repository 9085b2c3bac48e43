using System.Globalization;
using PlanBot.Core.Configuration;

namespace PlanBot.Core.Tracking;

/// <summary>
/// How a plan is published: the repository (<c>owner/name</c>) and the plan's path in it (issue bodies link to it),
/// the shared label, the per-phase label prefix (<c>phase-</c> gives <c>phase-2</c>), whether weeks become
/// sub-issues of their phase issue, and whether a week whose acceptance criteria are all ticked is closed
/// automatically.
/// </summary>
public sealed record TrackingOptions(
    string Repository,
    string PlanPath = "docs/pre-development-docs/IMPLEMENTATION_PLAN.md",
    bool SubIssues = true,
    bool CloseWeeksAutomatically = true,
    string Label = "planbot",
    string PhaseLabelPrefix = "phase-")
{
    /// <summary>The options a repository's <c>.github/planbot.yml</c> sets for <paramref name="repository"/> (<c>owner/name</c>).</summary>
    public static TrackingOptions For(RepositoryConfig config, string repository)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new(repository, config.PlanPath, config.SubIssues, config.CloseWeeksAutomatically, config.Label);
    }

    public string PhaseLabel(int phase) => PhaseLabelPrefix + phase.ToString(CultureInfo.InvariantCulture);

    /// <summary>The plan on the default branch (<c>HEAD</c> in a GitHub URL), each path segment URL-encoded.</summary>
    public Uri PlanUrl => new(
        $"https://github.com/{Repository.Trim('/')}/blob/HEAD/{string.Join('/', PlanPath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.EscapeDataString))}");
}
