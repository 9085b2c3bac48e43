using System.Globalization;
using PlanBot.Core.Planning;

namespace PlanBot.Core.Tests.Tracking;

/// <summary>Plans built by hand: phases of consecutive Monday–Friday weeks, numbered across the plan.</summary>
internal static class SamplePlans
{
    public static readonly DateOnly Start = new(2027, 1, 4);

    public static PlanDocument FourPhases() =>
        Build("Payments ledger", ("Foundation", 3), ("Core ledger", 3), ("Integrations", 3), ("Hardening", 3));

    public static PlanDocument Build(string title, params (string Name, int Weeks)[] phases)
    {
        var result = new List<PlanPhase>();
        var week = 1;
        foreach (var (name, count) in phases)
        {
            var number = result.Count + 1;
            var weeks = Enumerable.Range(week, count).Select(Week).ToValueList();
            week += count;
            result.Add(new PlanPhase(
                number,
                name,
                $"Deliver the {name.ToLowerInvariant()} of the product.",
                weeks[0].Start,
                weeks[^1].Due,
                weeks,
                new[] { new Checkbox($"{name} demo accepted by the product owner", false) }));
        }

        return new PlanDocument(title, result);
    }

    public static PlanWeek Week(int number)
    {
        var start = Start.AddDays((number - 1) * 7);
        var id = number.ToString("000", CultureInfo.InvariantCulture);
        var demos = number % 3 == 1
            ? new[] { new DemoScenario($"Create an account (week {number})", "curl -X POST http://localhost:8080/v1/accounts -d '{\"name\":\"demo\"}'") }
            : Array.Empty<DemoScenario>();
        var criteria = number == 2
            ? new[] { new Checkbox("Alerts reach @ops-team | fixes #12 <script>", false), new Checkbox("P99 < 50ms on POST /v1/accounts", false) }
            : new[] { new Checkbox($"FR-{id} accepted", false), new Checkbox($"Tests for FR-{id} pass", false) };
        return new PlanWeek(
            number,
            $"Feature {id}",
            start,
            start.AddDays(4),
            new[] { $"Implement FR-{id}" },
            new[] { new Checkbox($"FR-{id} merged", false) },
            demos,
            criteria,
            new[] { $"FR-{id}" })
        {
            Reasons = number == 2 ? new[] { "Performance and load testing, because TRD line 88 says “p99 < 50 ms”" } : ValueList<string>.Empty,
        };
    }
}
