namespace PlanBot.Core.Planning.Work;

/// <summary>
/// Why an item is in the plan, which is what the schedule orders and groups work by: what everything else stands on,
/// the must-have features, the integrations no feature builds, the hardening for production, the nice-to-haves, and
/// the release.
/// </summary>
internal enum Stage
{
    Foundation,
    MustHave,
    Integration,
    Hardening,
    NiceToHave,
    Release,
}
