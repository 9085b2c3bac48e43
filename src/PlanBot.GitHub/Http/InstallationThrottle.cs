namespace PlanBot.GitHub.Http;

/// <summary>
/// The limits of one installation (one token): when its next write may go out, and until when GitHub told it to wait.
/// Writes reserve slots under a lock, so concurrent callers are spaced too; all time comes from the
/// <see cref="TimeProvider"/>.
/// </summary>
public sealed class InstallationThrottle(GitHubWriteLimits limits, TimeProvider time)
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private readonly Lock gate = new();

    // Reserved write times of the last hour, ascending.
    private readonly List<DateTimeOffset> writes = [];
    private GitHubLimitBlock block;

    public GitHubLimitBlock Block
    {
        get
        {
            lock (gate)
            {
                return block;
            }
        }
    }

    /// <summary>Holds every request back until <paramref name="until"/> (a later block wins).</summary>
    public void BlockUntil(DateTimeOffset until, GitHubWaitReason reason)
    {
        lock (gate)
        {
            if (until > block.Until)
            {
                block = new GitHubLimitBlock(until, reason);
            }
        }
    }

    /// <summary>
    /// The earliest write slot that keeps the interval and the per-minute and per-hour counts, reserved unless it is
    /// after <paramref name="latest"/> (then nothing is reserved and <c>Reserved</c> is false).
    /// </summary>
    public (DateTimeOffset Slot, bool Reserved) ReserveWrite(DateTimeOffset latest)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            writes.RemoveAll(write => write <= now - Hour);
            var slot = now;
            if (writes.Count > 0)
            {
                slot = Later(slot, writes[^1] + limits.MinimumInterval);
            }

            if (writes.Count >= limits.PerMinute)
            {
                slot = Later(slot, writes[^limits.PerMinute] + Minute);
            }

            if (writes.Count >= limits.PerHour)
            {
                slot = Later(slot, writes[^limits.PerHour] + Hour);
            }

            if (slot > latest)
            {
                return (slot, false);
            }

            writes.Add(slot);
            return (slot, true);
        }
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
