using PlanBot.Core.Planning;
using PlanBot.Core.Tracking;

namespace PlanBot.Core.Ports;

/// <summary>
/// A plan published to <see cref="Repository"/>: its content hash, the plan and options it was published with,
/// the numbers of PlanBot's issues (found again even if someone removes their label), when, and the day the daily
/// timer last looked for slipped weeks.
/// </summary>
public sealed record Publication(
    RepositoryRef Repository,
    string PlanHash,
    PlanDocument Plan,
    TrackingOptions Options,
    ValueList<int> Issues,
    DateTimeOffset PublishedAt,
    DateOnly SlipsCheckedOn);
