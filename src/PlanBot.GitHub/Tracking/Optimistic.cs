using PlanBot.Core.Ports;

namespace PlanBot.GitHub.Tracking;

/// <summary>Read, decide, write with the ETag read; when someone else wrote first, read and decide again.</summary>
internal static class Optimistic
{
    private const int MaxAttempts = 10;

    /// <summary>
    /// <paramref name="decide"/> gets what is stored (null when nothing is) and returns what to write, or null to write
    /// nothing; the result is what was written, or null.
    /// </summary>
    public static async Task<T?> UpdateAsync<TStored, T>(Func<Task<TStored?>> read, Func<TStored?, T?> decide, Func<T, TStored?, Task> write)
        where TStored : class
        where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            var stored = await read().ConfigureAwait(false);
            if (decide(stored) is not { } next)
            {
                return null;
            }

            try
            {
                await write(next, stored).ConfigureAwait(false);
                return next;
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                // Someone else wrote between our read and write: decide again on what they wrote.
            }
        }
    }
}
