using PlanBot.Core.Planning;

namespace PlanBot.Core.Tests.Planning;

/// <summary>Weeks start on Monday and are due on Friday, one after another from the start date.</summary>
public sealed class CalendarRulesTests
{
    [Theory]
    [InlineData("2027-01-04", "2027-01-04")]
    [InlineData("2027-01-06", "2027-01-11")]
    [InlineData("2027-01-10", "2027-01-11")]
    public void Week_one_starts_on_the_first_Monday_on_or_after_the_start_date(string start, string monday)
    {
        var plan = Plans.Sample($"timeline.start_date: {start}");

        Assert.Equal(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture), plan.Document.Phases[0].Weeks[0].Start);
        AssertCalendar(plan.Document);
    }

    [Fact]
    public void A_deadline_given_as_a_duration_counts_from_the_start()
    {
        var plan = Plans.Sample("timeline.deadline: 16 weeks");

        Assert.Equal(new DateOnly(2027, 4, 25), plan.Summary.Deadline);
    }

    [Fact]
    public void Without_a_start_date_the_plan_starts_next_Monday()
    {
        var plan = Plans.Build(PlanningDocuments.Reconciliation, "team.size: 4");

        Assert.Equal(new DateOnly(2026, 11, 30), plan.Summary.Start);
        Assert.Contains(plan.Assumptions, a => a.Topic == "timeline.start_date");
    }

    internal static void AssertCalendar(PlanDocument document)
    {
        var weeks = document.Phases.SelectMany(p => p.Weeks).ToList();
        for (var i = 0; i < weeks.Count; i++)
        {
            Assert.Equal(i + 1, weeks[i].Number);
            Assert.Equal(DayOfWeek.Monday, weeks[i].Start.DayOfWeek);
            Assert.Equal(weeks[i].Start.AddDays(4), weeks[i].Due);
            if (i > 0)
            {
                Assert.Equal(weeks[i - 1].Start.AddDays(7), weeks[i].Start);
            }
        }

        Assert.All(document.Phases, p =>
        {
            Assert.Equal(p.Weeks[0].Start, p.Start);
            Assert.Equal(p.Weeks[^1].Due, p.Due);
        });
    }
}
