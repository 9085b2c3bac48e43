using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;
using Xunit;

namespace PlanBot.Core.Tests.Scoping;

public sealed class AnswerCollectorTests
{
    private static readonly Questionnaire Questions = new QuestionnaireBuilder().Build(SampleDocuments.Set);

    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private readonly AnswerCollector collector = new();

    [Fact]
    public void Normalises_and_merges_with_the_latest_winning()
    {
        var first = collector.Collect(Raws(("team.size", "4"), ("timeline.start_date", "2027-01-04")), Questions, AnswerSet.Empty, "ana", Monday);
        var second = collector.Collect(Raws(("TEAM.SIZE", "3 backend + 1 QA")), Questions, first.Answers, "bo", Monday.AddHours(1));

        Assert.Empty(second.Findings);
        Assert.Equal(2, second.Answers.Answers.Count);
        var size = second.Answers.Find(QuestionIds.TeamSize)!;
        Assert.Equal(("team.size", "3 backend + 1 QA", "bo", AnswerSource.FillInBlock), (size.QuestionId, size.Raw, size.Author, size.Source));
        Assert.Equal(new TeamValue(4, new TeamRole[] { new("backend", 3), new("QA", 1) }), size.Value);
        Assert.Equal(new DateValue(new DateOnly(2027, 1, 4)), second.Answers.Find(QuestionIds.StartDate)!.Value);
    }

    [Fact]
    public void Unknown_ids_get_did_you_mean()
    {
        var result = collector.Collect(Raws(("team.sise", "4"), ("zzz", "1")), Questions, AnswerSet.Empty, "ana", Monday);

        Assert.Empty(result.Answers.Answers);
        Assert.Equal(
            ["There is no question `team.sise`. Did you mean `team.size`?", "There is no question `zzz`. The scoping comment lists the question ids."],
            result.Findings.Select(f => f.Message));
    }

    [Fact]
    public void An_unusable_value_keeps_the_previous_answer()
    {
        var before = collector.Collect(Raws(("team.size", "4")), Questions, AnswerSet.Empty, "ana", Monday).Answers;

        var result = collector.Collect(Raws(("team.size", "lots")), Questions, before, "bo", Monday.AddHours(1));

        Assert.Equal(before, result.Answers);
        var finding = Assert.Single(result.Findings);
        Assert.Equal((QuestionIds.TeamSize, AnswerFindingKind.Unclear), (finding.QuestionId, finding.Kind));
    }

    [Theory]
    [InlineData("2027-03-01", "2027-02-01", "timeline.deadline", "is before the start date")]
    [InlineData("2026-11-01", "2026-11-20", "timeline.deadline", "already in the past")]
    [InlineData("2027-01-04", "2027-06-30", null, null)]
    public void Dates_that_contradict(string start, string deadline, string? findingId, string? message)
    {
        var result = collector.Collect(Raws(("timeline.start_date", start), ("timeline.deadline", deadline)), Questions, AnswerSet.Empty, "ana", Monday);

        if (findingId is null)
        {
            Assert.Empty(result.Findings);
        }
        else
        {
            var finding = Assert.Single(result.Findings);
            Assert.Equal((findingId, AnswerFindingKind.Contradiction), (finding.QuestionId, finding.Kind));
            Assert.Contains(message!, finding.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("2", "90 hours per person", true)]
    [InlineData("2", "200h/week for the team", true)]
    [InlineData("4", "200h/week for the team", false)]
    [InlineData("4", "full time", false)]
    public void Hours_per_person_above_80_contradict(string team, string hours, bool contradiction)
    {
        var result = collector.Collect(Raws(("team.size", team), ("team.hours_per_week", hours)), Questions, AnswerSet.Empty, "ana", Monday);

        Assert.Equal(contradiction, result.Findings.Any(f => f.Kind == AnswerFindingKind.Contradiction && f.QuestionId == QuestionIds.TeamHoursPerWeek));
        Assert.NotNull(result.Answers.Find(QuestionIds.TeamHoursPerWeek));
    }

    [Fact]
    public void Skip_takes_the_default_as_an_assumption()
    {
        var result = collector.Skip("Team.Hours_Per_Week", Questions, AnswerSet.Empty, "ana", Monday);

        var answer = Assert.Single(result.Answers.Answers);
        Assert.Equal(
            new Answer(QuestionIds.TeamHoursPerWeek, "30 hours per person", new HoursValue(30, HoursBasis.PerPerson), AnswerSource.Default, "ana", Monday),
            answer);
        Assert.Contains("Did you mean `team.size`?", collector.Skip("team.siz", Questions, AnswerSet.Empty, "ana", Monday).Findings.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Skipping_the_start_date_resolves_next_monday_from_the_time_of_the_skip()
    {
        var result = collector.Skip(QuestionIds.StartDate, Questions, AnswerSet.Empty, "ana", Monday);

        Assert.Equal(new DateValue(new DateOnly(2026, 11, 30)), result.Answers.Find(QuestionIds.StartDate)!.Value);
    }

    [Fact]
    public void Missing_required_lists_unanswered_required_questions_in_order()
    {
        Assert.Equal([QuestionIds.TeamSize, QuestionIds.StartDate, QuestionIds.MvpScope], Questions.MissingRequired(AnswerSet.Empty).Select(q => q.Id));

        var some = collector.Collect(Raws(("team.size", "4"), ("scope.mvp", "FR-001")), Questions, AnswerSet.Empty, "ana", Monday).Answers;
        Assert.Equal([QuestionIds.StartDate], Questions.MissingRequired(some).Select(q => q.Id));

        var all = collector.FillDefaults(Questions, some, "ana", Monday);
        Assert.Empty(Questions.MissingRequired(all));
        Assert.Equal(24, all.Answers.Count);
        Assert.Equal(new ListValue(new[] { "FR-001" }), all.Find(QuestionIds.MvpScope)!.Value);
        Assert.Equal(AnswerSource.Default, all.Find(QuestionIds.StartDate)!.Source);
    }

    private static ValueList<RawAnswer> Raws(params (string Id, string Raw)[] answers) =>
        answers.Select(a => new RawAnswer(a.Id, a.Raw, AnswerSource.FillInBlock)).ToValueList();
}
