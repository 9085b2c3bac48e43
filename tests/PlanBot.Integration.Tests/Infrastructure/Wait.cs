namespace PlanBot.Integration.Tests.Infrastructure;

/// <summary>Waits for a condition that background processing makes true; the timeout only bounds a failing test.</summary>
internal static class Wait
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static async Task UntilAsync(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!await condition())
        {
            await Task.Delay(50, timeout.Token);
        }
    }

    public static Task UntilAsync(Func<bool> condition) => UntilAsync(() => Task.FromResult(condition()));
}
