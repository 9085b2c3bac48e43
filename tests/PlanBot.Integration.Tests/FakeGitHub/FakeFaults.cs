using Microsoft.AspNetCore.Http;

namespace PlanBot.Integration.Tests.FakeGitHub;

/// <summary>
/// Faults the fake injects: the next N requests matching a predicate, and seeded random ones (the same seed gives the
/// same faults for the same sequence of requests).
/// </summary>
public sealed class FakeFaults
{
    private readonly Lock gate = new();
    private readonly List<Rule> rules = [];
    private Random? random;
    private double probability;
    private FakeFaultKind[] randomKinds = [];

    /// <summary>How many faults were injected.</summary>
    public int Injected { get; private set; }

    /// <summary>The next <paramref name="count"/> requests matching <paramref name="when"/> (all when null) get <paramref name="kind"/>.</summary>
    public void Next(int count, FakeFaultKind kind, Func<HttpRequest, bool>? when = null, TimeSpan? wait = null)
    {
        lock (gate)
        {
            rules.Add(new Rule(when ?? (_ => true), new FakeFault(kind, wait ?? TimeSpan.FromSeconds(1))) { Remaining = count });
        }
    }

    /// <summary>Every request has <paramref name="chance"/> of one of <paramref name="kinds"/>, drawn from <paramref name="seed"/>.</summary>
    public void AtRandom(int seed, double chance, params FakeFaultKind[] kinds)
    {
        lock (gate)
        {
            random = new Random(seed);
            probability = chance;
            randomKinds = kinds;
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            rules.Clear();
            random = null;
        }
    }

    public FakeFault? Take(HttpRequest request)
    {
        lock (gate)
        {
            var rule = rules.FirstOrDefault(rule => rule.Remaining > 0 && rule.When(request));
            if (rule is not null)
            {
                rule.Remaining--;
                Injected++;
                return rule.Fault;
            }

#pragma warning disable CA5394 // Seeded on purpose: the same seed replays the same faults.
            if (random is not null && randomKinds.Length > 0 && random.NextDouble() < probability)
            {
                Injected++;
                return new FakeFault(randomKinds[random.Next(randomKinds.Length)], TimeSpan.FromSeconds(1));
            }
#pragma warning restore CA5394

            return null;
        }
    }

    private sealed class Rule(Func<HttpRequest, bool> when, FakeFault fault)
    {
        public Func<HttpRequest, bool> When => when;

        public FakeFault Fault => fault;

        public int Remaining { get; set; }
    }
}
