using PlanBot.Core.Planning;
using PlanBot.Core.Planning.Inputs;
using PlanBot.Core.Planning.Scheduling;
using PlanBot.Core.Planning.Work;

namespace PlanBot.Core.Tests.Planning;

/// <summary>The cut a plan proposes really fits, and is no bigger than it needs to be at each step.</summary>
public sealed class FitTests
{
    // The sample's 721 h: more than the standard's fifteen weeks at 30 or 40 h/week, or later than a deadline of a few weeks.
    public static TheoryData<decimal, int> Overloads => new()
    {
        { 30m, 0 },
        { 40m, 0 },
        { 120m, 5 },
        { 120m, 6 },
        { 200m, 3 },
        { 100m, 6 },
    };

    [Theory]
    [MemberData(nameof(Overloads))]
    public void The_proposed_cut_fits_and_putting_back_its_last_item_does_not(decimal capacity, int deadlineWeeks)
    {
        var (work, timeline) = Sample(deadlineWeeks);
        Assert.False(PhaseAllocator.Allocate(work, capacity, timeline).Fits);

        var fit = Fit.Find(work, capacity, timeline);

        if (fit.Cut is null)
        {
            Assert.Null(fit.AfterCut);
            return;
        }

        Assert.True(fit.AfterCut!.Fits);
        Assert.True(PhaseAllocator.Allocate(work.Without(fit.Cut.ToHashSet()), capacity, timeline).Fits);
        Assert.False(PhaseAllocator.Allocate(work.Without(fit.Cut.Take(fit.Cut.Count - 1).ToHashSet()), capacity, timeline).Fits);
        Assert.All(fit.Cut, i => Assert.True(i.Stage is Stage.MustHave or Stage.NiceToHave, $"{i.Key} is {i.Stage}: only requirements are cut"));
    }

    [Theory]
    [InlineData(30, 0)]
    [InlineData(40, 0)]
    [InlineData(120, 5)]
    public void The_capacity_that_fits_is_the_smallest_that_does(int capacity, int deadlineWeeks)
    {
        var (work, timeline) = Sample(deadlineWeeks);

        var needed = Fit.Find(work, capacity, timeline).CapacityNeeded!.Value;

        Assert.True(PhaseAllocator.Allocate(work, needed, timeline).Fits);
        Assert.False(PhaseAllocator.Allocate(work, needed - 1, timeline).Fits);
    }

    private static (WorkPlan Work, Timeline Timeline) Sample(int deadlineWeeks)
    {
        var documents = PlanningDocuments.Reconciliation;
        var questionnaire = PlanningAnswers.Questionnaire(documents);
        var answers = new PlanAnswers(questionnaire, PlanningAnswers.Read(questionnaire, PlanningAnswers.Sample), PlanningAnswers.Today);
        var breakdown = Breakdown.Build(PlanInputs.From(documents), answers, Capacity.From(answers, new PlanningOptions(PlanningAnswers.Today)).WeeklyHours);
        var start = new DateOnly(2027, 1, 4);
        return (breakdown.Work, new Timeline(start, deadlineWeeks == 0 ? null : start.AddDays((7 * deadlineWeeks) - 1), null));
    }
}
