namespace PlanBot.Core.Tests.Cli;

/// <summary>A clock stopped at one instant, so nothing in a CLI test depends on the real date.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
