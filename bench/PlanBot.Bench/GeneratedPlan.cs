using System.Globalization;
using System.Text;

namespace PlanBot.Bench;

/// <summary>
/// An <c>IMPLEMENTATION_PLAN.md</c> in PlanBot's format (docs/plan-format.md) of about the requested size: phases
/// of four weeks, each week with traces, tasks, deliverables, a demo and criteria. Deterministic.
/// </summary>
public static class GeneratedPlan
{
    private const int WeeksPerPhase = 4;

    public static string Create(int bytes)
    {
        var text = new StringBuilder("# Implementation Plan: Generated\n\n## 2. Phase Breakdown\n\n");
        var start = new DateOnly(2027, 1, 4);
        var week = 0;
        do
        {
            if (week % WeeksPerPhase == 0)
            {
                var phase = (week / WeeksPerPhase) + 1;
                text.Append(CultureInfo.InvariantCulture, $"### Phase {phase}: Phase {phase} ({Day(start)} → {Day(start.AddDays((7 * WeeksPerPhase) - 3))})\n\n");
                text.Append("**Goal:** Deliver the requirements of this phase with their tests.\n\n");
            }

            week++;
            var criterion = $"`GET /v1/items/{week}` answers 200 with P99 < 50ms";
            text.Append(CultureInfo.InvariantCulture, $"#### Week {week}: Feature {week} ({Day(start)} → {Day(start.AddDays(4))})\n\n");
            text.Append(CultureInfo.InvariantCulture, $"**Delivers:** FR-{week:000}, `GET /v1/items/{week}`, table `items_{week}`\n\n");
            text.Append(CultureInfo.InvariantCulture, $"**Tasks:**\n- Implement FR-{week:000} behind the items API\n- Write the migration for `items_{week}`\n\n");
            text.Append(CultureInfo.InvariantCulture, $"**Deliverables:**\n- [x] FR-{week:000} merged\n- [ ] Dashboard for FR-{week:000}\n\n");
            text.Append(CultureInfo.InvariantCulture, $"**Demo scenarios:**\n\n1. **Read item {week}**\n\n   ```bash\n   curl http://localhost:8080/v1/items/{week}\n   ```\n\n");
            text.Append(CultureInfo.InvariantCulture, $"**Acceptance criteria:**\n- [ ] {criterion}\n- [ ] Tests for FR-{week:000} pass\n\n");
            start = start.AddDays(7);
        }
        while (text.Length < bytes);

        return text.ToString();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
