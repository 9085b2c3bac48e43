using System.Reflection;
using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;
using Xunit;

namespace PlanBot.Core.Tests.Scoping;

public sealed class QuestionnaireBuilderTests
{
    private readonly Questionnaire questionnaire = new QuestionnaireBuilder().Build(SampleDocuments.Set);

    [Fact]
    public void Asks_every_built_in_id_once_in_category_order()
    {
        var ids = typeof(QuestionIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();

        Assert.Equal(ids.Order(StringComparer.Ordinal), questionnaire.Questions.Select(q => q.Id).Order(StringComparer.Ordinal));
        Assert.Equal(24, questionnaire.Questions.Count);
        var categories = questionnaire.Questions.Select(q => q.Category).ToList();
        Assert.Equal(categories.Order(), categories);
        Assert.Equal(5, categories.Distinct().Count());
    }

    [Fact]
    public void Every_question_has_a_default_that_normalises()
    {
        var normalizer = new AnswerNormalizer();
        foreach (var question in questionnaire.Questions)
        {
            Assert.NotNull(question.Default);
            var normalized = normalizer.Normalize(question, question.Default!, new DateOnly(2026, 11, 25));
            Assert.True(normalized.Value is not null, $"{question.Id}: {normalized.Problem?.Message}");
        }
    }

    [Theory]
    [InlineData(QuestionIds.TeamSize, true, "3")]
    [InlineData(QuestionIds.StartDate, true, "next Monday")]
    [InlineData(QuestionIds.MvpScope, true, "FR-001, FR-002")]
    [InlineData(QuestionIds.TeamHoursPerWeek, false, "30 hours per person")]
    [InlineData(QuestionIds.DeploymentStrategy, false, "rolling with automated rollback")]
    [InlineData(QuestionIds.NiceToHave, false, "FR-003")]
    [InlineData(QuestionIds.RiskyIntegrations, false, "Midaz")]
    [InlineData(QuestionIds.HardestTargets, false, "target-1, target-2, target-3")]
    [InlineData(QuestionIds.TechnicalRisks, false, "Bank file formats vary (fixes #12)")]
    public void Required_flags_and_defaults(string id, bool required, string expectedDefault)
    {
        var question = questionnaire.Find(id)!;

        Assert.Equal(required, question.Required);
        Assert.Equal(expectedDefault, question.Default);
    }

    [Fact]
    public void Mvp_lists_the_functional_requirements_with_must_haves_checked()
    {
        var mvp = questionnaire.Find(QuestionIds.MvpScope)!;

        Assert.Equal(AnswerType.MultipleChoice, mvp.Type);
        Assert.Equal(
            new QuestionChoice[]
            {
                new("FR-001", "FR-001 — Import bank statements", true),
                new("FR-002", "FR-002 — Match transactions to ledger entries", true),
                new("FR-003", "FR-003 — Export reports as CSV | PDF for @finance", false),
            },
            mvp.Choices);
        Assert.Equal("The PRD lists 3 functional requirements (2 must-have). Which ones are in the MVP?", mvp.Prompt);
        Assert.Equal(["FR-003"], questionnaire.Find(QuestionIds.NiceToHave)!.Choices.Select(c => c.Key));
    }

    [Fact]
    public void Performance_question_quotes_the_targets_verbatim_and_integrations_are_named_once()
    {
        var targets = questionnaire.Find(QuestionIds.HardestTargets)!;
        var integrations = questionnaire.Find(QuestionIds.RiskyIntegrations)!;

        Assert.Equal(["P99 < 50ms for matching requests", "1,000 statements/s import throughput", "99.9% uptime"], targets.Choices.Select(c => c.Label));
        Assert.Contains("3 performance targets", targets.Prompt, StringComparison.Ordinal);
        Assert.Equal(["PostgreSQL", "RabbitMQ", "Midaz"], integrations.Choices.Select(c => c.Key));
        Assert.Contains("3 integrations", integrations.Prompt, StringComparison.Ordinal);
    }

    [Fact]
    public void Documents_without_items_still_give_every_question()
    {
        var empty = new QuestionnaireBuilder().Build(SampleDocuments.Empty);

        Assert.Equal(24, empty.Questions.Count);
        Assert.Empty(empty.Find(QuestionIds.MvpScope)!.Choices);
        Assert.Contains("no functional requirements", empty.Find(QuestionIds.MvpScope)!.Prompt, StringComparison.Ordinal);
    }

    [Fact]
    public void Overrides_and_extra_questions_from_configuration()
    {
        var built = new QuestionnaireBuilder().Build(
            SampleDocuments.Set,
            new[] { new QuestionOverride("TEAM.SIZE", Prompt: "Who is on the squad?", Default: "5", Required: false), new QuestionOverride("no.such", Prompt: "ignored") },
            new[]
            {
                new ExtraQuestion("team.timezone", QuestionCategory.TeamAndResources, "Which time zones?", AnswerType.List, "UTC-3"),
                new ExtraQuestion("team.size", QuestionCategory.RiskAssessment, "duplicate", AnswerType.Text, null),
            });

        var size = built.Find(QuestionIds.TeamSize)!;
        Assert.Equal(("Who is on the squad?", "5", false), (size.Prompt, size.Default, size.Required));
        Assert.Equal(25, built.Questions.Count);
        Assert.Equal("team.timezone", built.Questions[4].Id);
        Assert.Equal(QuestionIds.StartDate, built.Questions[5].Id);
    }

    [Fact]
    public void Building_twice_gives_the_same_questionnaire()
    {
        Assert.Equal(questionnaire, new QuestionnaireBuilder().Build(SampleDocuments.Set));
    }
}
