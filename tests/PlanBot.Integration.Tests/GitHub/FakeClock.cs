using Microsoft.Extensions.Time.Testing;

namespace PlanBot.Integration.Tests.GitHub;

/// <summary>Runs work that waits on a <see cref="FakeTimeProvider"/>, moving the fake time forward until the work ends.</summary>
public static class FakeClock
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan Limit = TimeSpan.FromHours(3);

    public static async Task<T> RunAsync<T>(FakeTimeProvider time, Task<T> work)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(work);
        var start = time.GetUtcNow();
        while (!work.IsCompleted)
        {
            if (time.GetUtcNow() - start > Limit)
            {
                throw new TimeoutException($"The work did not end within {Limit} of fake time.");
            }

            await Task.Delay(1);
            time.Advance(Step);
        }

        return await work;
    }

    public static Task RunAsync(FakeTimeProvider time, Task work) => RunAsync(time, Completion(work));

    private static async Task<bool> Completion(Task work)
    {
        await work;
        return true;
    }
}
