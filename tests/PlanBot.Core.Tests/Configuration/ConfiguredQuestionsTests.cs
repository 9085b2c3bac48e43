using PlanBot.Core.Configuration;
using PlanBot.Core.Scoping;

namespace PlanBot.Core.Tests.Configuration;

public sealed class ConfiguredQuestionsTests
{
    [Theory]
    [InlineData("team:\n  hours_per_person_per_week: 25\n", "25 hours per person")]
    [InlineData("team:\n  hours_per_person_per_week: 25\nquestions:\n  overrides:\n    team.hours_per_week: { prompt: \"Weekly hours?\" }\n", "25 hours per person")]
    [InlineData("team:\n  hours_per_person_per_week: 25\nquestions:\n  overrides:\n    team.hours_per_week: { default: \"full time\" }\n", "full time")]
    [InlineData("questions:\n  overrides:\n    team.size: { default: \"6\" }\n", "30 hours per person")]
    public void Hours_per_person_become_the_default_of_the_hours_question_unless_an_override_sets_one(string yaml, string expected)
    {
        var config = RepositoryConfigReader.Read(yaml);
        Assert.True(config.IsValid, string.Join("; ", config.Problems));

        var questionnaire = new QuestionnaireBuilder().Build(Scoping.SampleDocuments.Set, ConfiguredQuestions.Overrides(config.Config), ConfiguredQuestions.Extras(config.Config));

        Assert.Equal(expected, questionnaire.Find(QuestionIds.TeamHoursPerWeek)!.Default);
    }

    [Fact]
    public void Extra_questions_join_the_questionnaire_in_their_category()
    {
        var config = RepositoryConfigReader.Read("questions:\n  extra:\n    - id: compliance.pci\n      category: risk\n      prompt: Card data in scope?\n      type: yes_no\n      required: true\n");

        var questionnaire = new QuestionnaireBuilder().Build(Scoping.SampleDocuments.Set, ConfiguredQuestions.Overrides(config.Config), ConfiguredQuestions.Extras(config.Config));

        var extra = questionnaire.Find("compliance.pci")!;
        Assert.Equal((QuestionCategory.RiskAssessment, AnswerType.YesNo, true), (extra.Category, extra.Type, extra.Required));
    }
}
