namespace PlanBot.Core.Tests.Publishing;

internal enum FaultTiming
{
    None,

    /// <summary>The request fails without effect (a 500, a secondary-limit 403).</summary>
    Before,

    /// <summary>The request takes effect but its answer is lost (a timeout).</summary>
    After,
}
