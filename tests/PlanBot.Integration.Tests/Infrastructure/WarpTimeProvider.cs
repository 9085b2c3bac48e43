using System.Diagnostics;

namespace PlanBot.Integration.Tests.Infrastructure;

/// <summary>
/// Time that runs <see cref="Factor"/> times faster than real time from <see cref="Origin"/>: GitHub's pacing (a second
/// between writes), retry-after waits and timeouts all keep their proportions against real requests, but a publish
/// that paces 180 writes takes two seconds instead of three minutes. Clocks, timestamps and timers all warp.
/// </summary>
public sealed class WarpTimeProvider(DateTimeOffset origin, double factor) : TimeProvider
{
    private readonly long started = Stopwatch.GetTimestamp();

    public DateTimeOffset Origin => origin;

    public double Factor => factor;

    public override DateTimeOffset GetUtcNow() => origin + Elapsed();

    public override long GetTimestamp() => (long)(Elapsed().Ticks * (TimestampFrequency / (double)TimeSpan.TicksPerSecond));

    public override long TimestampFrequency => Stopwatch.Frequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new WarpTimer(System.CreateTimer(callback, state, Real(dueTime), Real(period)), this);

    /// <summary>How long <paramref name="warped"/> lasts in real time.</summary>
    public TimeSpan Real(TimeSpan warped) =>
        warped == Timeout.InfiniteTimeSpan || warped <= TimeSpan.Zero ? warped : TimeSpan.FromTicks(Math.Max((long)(warped.Ticks / factor), 1));

    private TimeSpan Elapsed() => TimeSpan.FromTicks((long)(Stopwatch.GetElapsedTime(started).Ticks * factor));

    private sealed class WarpTimer(ITimer inner, WarpTimeProvider time) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(time.Real(dueTime), time.Real(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
