using System.Diagnostics;

namespace PlanBot.Integration.Tests.Conversation;

/// <summary>
/// Real time that starts at a fixed instant: it moves (timers, pacing and token lifetimes behave), but the dates the
/// plan is scheduled from are the same on every run, so the committed plan can be a golden file.
/// </summary>
public sealed class ShiftedClock(DateTimeOffset start) : TimeProvider
{
    private readonly long started = Stopwatch.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => start + Stopwatch.GetElapsedTime(started);
}
