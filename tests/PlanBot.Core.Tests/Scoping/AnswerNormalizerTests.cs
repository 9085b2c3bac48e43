using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;
using Xunit;

namespace PlanBot.Core.Tests.Scoping;

/// <summary>Raw text in, normalised <see cref="AnswerValue.Display"/> out. Today is Wednesday 2026-11-25.</summary>
public sealed class AnswerNormalizerTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static readonly Questionnaire Questions = new QuestionnaireBuilder().Build(SampleDocuments.Set);

    [Theory]
    [InlineData("4", "4")]
    [InlineData("four", "4")]
    [InlineData("about 12 of them", "12")]
    [InlineData(" 7 ", "7")]
    public void Integers(string raw, string expected) => AssertValue(Question(AnswerType.Integer), raw, expected);

    [Theory]
    [InlineData("4", "4 people")]
    [InlineData("four", "4 people")]
    [InlineData("1", "1 person")]
    [InlineData("5 people", "5 people")]
    [InlineData("a team of 6", "6 people")]
    [InlineData("3 backend + 1 QA", "4 people (3 backend, 1 QA)")]
    [InlineData("2 Go devs and 1 SRE", "3 people (2 Go devs, 1 SRE)")]
    [InlineData("two backend, one frontend, a QA", "4 people (2 backend, 1 frontend, 1 QA)")]
    [InlineData("- 2 backend\n- 1 designer", "3 people (2 backend, 1 designer)")]
    [InlineData("2 backend & 2 backend", "4 people (4 backend)")]
    [InlineData("3-4 people", "3 people")]
    public void Teams(string raw, string expected) => AssertValue(Questions.Find(QuestionIds.TeamSize)!, raw, expected);

    [Theory]
    [InlineData("120h/week", "120 h/week for the team")]
    [InlineData("30 hours per person", "30 h/week per person")]
    [InlineData("30h each", "30 h/week per person")]
    [InlineData("full time", "40 h/week per person")]
    [InlineData("Full-time", "40 h/week per person")]
    [InlineData("part time", "20 h/week per person")]
    [InlineData("35", "35 h/week per person")]
    [InlineData("40 hours a week", "40 h/week per person")]
    [InlineData("100 hours for the whole team", "100 h/week for the team")]
    [InlineData("20 h/week per dev", "20 h/week per person")]
    [InlineData("30-35 hours per person", "30 h/week per person")]
    public void Hours(string raw, string expected) => AssertValue(Questions.Find(QuestionIds.TeamHoursPerWeek)!, raw, expected);

    [Theory]
    [InlineData("2027-03-31", "2027-03-31")]
    [InlineData("March 31, 2027", "2027-03-31")]
    [InlineData("31 March 2027", "2027-03-31")]
    [InlineData("Mar 31st 2027", "2027-03-31")]
    [InlineData("31/03/2027", "2027-03-31")]
    [InlineData("2027-03", "2027-03-31")]
    [InlineData("March 2027", "2027-03-31")]
    [InlineData("end of Q1 2027", "2027-03-31")]
    [InlineData("Q2 2027", "2027-06-30")]
    [InlineData("start of Q2 2027", "2027-04-01")]
    [InlineData("by the end of 2027", "2027-12-31")]
    [InlineData("next Monday", "2026-11-30")]
    [InlineData("friday", "2026-11-27")]
    [InlineData("in 2 weeks", "2026-12-09")]
    [InlineData("3 weeks from now", "2026-12-16")]
    [InlineData("today", "2026-11-25")]
    [InlineData("March 31", "2027-03-31")]
    [InlineData("1st of December", "2026-12-01")]
    [InlineData("12 weeks", "12 weeks")]
    [InlineData("none", "none")]
    public void Deadlines_take_a_date_or_a_duration(string raw, string expected) => AssertValue(Questions.Find(QuestionIds.Deadline)!, raw, expected);

    [Theory]
    [InlineData("2027-03", "2027-03-01")]
    [InlineData("Q1 2027", "2027-01-01")]
    [InlineData("next Monday", "2026-11-30")]
    [InlineData("next week", "2026-11-30")]
    [InlineData("January 4, 2027", "2027-01-04")]
    public void Start_dates_resolve_periods_to_their_first_day(string raw, string expected) =>
        AssertValue(Questions.Find(QuestionIds.StartDate)!, raw, expected);

    [Theory]
    [InlineData("12 weeks", "12 weeks")]
    [InlineData("3 months", "13 weeks")]
    [InlineData("45 days", "45 days")]
    [InlineData("1.5 months", "46 days")]
    [InlineData("six weeks", "6 weeks")]
    [InlineData("a month and 2 weeks", "44 days")]
    [InlineData("2 sprints", "4 weeks")]
    [InlineData("about 10 wks", "10 weeks")]
    [InlineData("8-10 weeks", "8 weeks")]
    [InlineData("a 12-week project", "12 weeks")]
    public void Durations(string raw, string expected) => AssertValue(Question(AnswerType.Duration), raw, expected);

    [Theory]
    [InlineData("yes", "yes")]
    [InlineData("Y", "yes")]
    [InlineData("yep!", "yes")]
    [InlineData("no", "no")]
    [InlineData("nope", "no")]
    [InlineData("yes, Ana knows Midaz", "yes (Ana knows Midaz)")]
    [InlineData("No - nobody has done payments before", "no (nobody has done payments before)")]
    public void Yes_or_no(string raw, string expected) => AssertValue(Questions.Find(QuestionIds.TeamDomainExperts)!, raw, expected);

    [Theory]
    [InlineData("Kafka, Postgres", "Kafka, Postgres")]
    [InlineData("legal review; vendor contract, signed", "legal review, vendor contract, signed")]
    [InlineData("- bank API access\n- security audit, external", "bank API access, security audit, external")]
    [InlineData("* one\n* two", "one, two")]
    [InlineData("1. first\n2. second", "first, second")]
    [InlineData("none", "none")]
    [InlineData("N/A", "none")]
    public void Lists(string raw, string expected) => AssertValue(Questions.Find(QuestionIds.ExternalDependencies)!, raw, expected);

    [Theory]
    [InlineData("FR-001, FR-003", "FR-001, FR-003")]
    [InlineData("fr-003; fr-001", "FR-001, FR-003")]
    [InlineData("Import bank statements", "FR-001")]
    [InlineData("FR-002 — Match transactions to ledger entries", "FR-002")]
    [InlineData("- [x] FR-002\n- [x] FR-001", "FR-001, FR-002")]
    [InlineData("all", "FR-001, FR-002, FR-003")]
    [InlineData("none", "none")]
    public void Multiple_choice_matches_keys_and_labels(string raw, string expected) => AssertValue(Questions.Find(QuestionIds.MvpScope)!, raw, expected);

    [Theory]
    [InlineData("Midaz, Shopify", "Midaz, Shopify")]
    [InlineData("- [x] Midaz\n- Gmail API", "Midaz, Gmail API")]
    [InlineData("none", "none")]
    public void Risky_integrations_take_any_name_as_well_as_the_ones_found(string raw, string expected) =>
        AssertValue(Questions.Find(QuestionIds.RiskyIntegrations)!, raw, expected);

    [Fact]
    public void Performance_targets_match_by_their_text()
    {
        AssertValue(Questions.Find(QuestionIds.HardestTargets)!, "p99 < 50MS for matching requests", "target-1");
    }

    [Fact]
    public void Single_choice_needs_exactly_one()
    {
        var question = Question(AnswerType.SingleChoice) with { Choices = new QuestionChoice[] { new("blue", "Blue/green", false), new("canary", "Canary", false) } };

        AssertValue(question, "canary", "canary");
        Assert.Equal(AnswerFindingKind.Unclear, new AnswerNormalizer().Normalize(question, "blue, canary", Today).Problem!.Kind);
    }

    [Fact]
    public void Text_is_kept_as_written()
    {
        AssertValue(Questions.Find(QuestionIds.DeploymentStrategy)!, "  blue/green with manual approval ", "blue/green with manual approval");
    }

    [Theory]
    [InlineData(QuestionIds.TeamSize, "a handful", AnswerFindingKind.Unclear, "3 backend + 1 QA")]
    [InlineData(QuestionIds.TeamSize, "0", AnswerFindingKind.Unclear, "3 backend + 1 QA")]
    [InlineData(QuestionIds.TeamSize, "3 backend and some QA", AnswerFindingKind.Unclear, "I understood “3 backend”")]
    [InlineData(QuestionIds.TeamHoursPerWeek, "whenever we can", AnswerFindingKind.Unclear, "30 hours per person")]
    [InlineData(QuestionIds.TeamHoursPerWeek, "30 bananas", AnswerFindingKind.Unclear, "weekly hours")]
    [InlineData(QuestionIds.TeamHoursPerWeek, "200 hours per person", AnswerFindingKind.Unclear, "weekly hours")]
    [InlineData(QuestionIds.StartDate, "soonish", AnswerFindingKind.Unclear, "timeline.start_date: 2027-03-31")]
    [InlineData(QuestionIds.StartDate, "2027-02-30", AnswerFindingKind.Unclear, "as a date")]
    [InlineData(QuestionIds.StartDate, "04/03/2027", AnswerFindingKind.Unclear, "as a date")]
    [InlineData(QuestionIds.StartDate, "none", AnswerFindingKind.Unclear, "as a date")]
    [InlineData(QuestionIds.Deadline, "when it's done", AnswerFindingKind.Unclear, "a date or a duration")]
    [InlineData(QuestionIds.TeamDomainExperts, "Ana, maybe", AnswerFindingKind.Unclear, "yes, Ana knows Midaz")]
    [InlineData(QuestionIds.MvpScope, "FR-001, FR-099", AnswerFindingKind.Invalid, "“FR-099” is not one of the choices (FR-001, FR-002, FR-003). I recognised FR-001.")]
    [InlineData(QuestionIds.DeploymentStrategy, "   ", AnswerFindingKind.Unclear, "the answer is empty")]
    public void Garbage_gives_a_finding_with_an_example(string id, string raw, AnswerFindingKind kind, string expectedInMessage)
    {
        var result = new AnswerNormalizer().Normalize(Questions.Find(id)!, raw, Today);

        Assert.Null(result.Value);
        Assert.NotNull(result.Problem);
        Assert.Equal((id, kind), (result.Problem.QuestionId, result.Problem.Kind));
        Assert.Contains(expectedInMessage, result.Problem.Message, StringComparison.Ordinal);
        Assert.Contains("Example: `", result.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quoted_garbage_cannot_mention_anyone()
    {
        var result = new AnswerNormalizer().Normalize(Questions.Find(QuestionIds.TeamSize)!, "ask @octocat, fixes #3", Today);

        Assert.DoesNotContain("@octocat", result.Problem!.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("#3", result.Problem.Message, StringComparison.Ordinal);
    }

    private static Question Question(AnswerType type) =>
        new("test." + type.ToString().ToLowerInvariant(), QuestionCategory.TeamAndResources, "Test?", type, false, null, ValueList<QuestionChoice>.Empty);

    private static void AssertValue(Question question, string raw, string expected)
    {
        var result = new AnswerNormalizer().Normalize(question, raw, Today);

        Assert.True(result.Value is not null, result.Problem?.Message);
        Assert.Null(result.Problem);
        Assert.Equal(expected, result.Value.Display);
    }
}
