using System.Globalization;
using PlanBot.Core.Documents;
using PlanBot.Core.Scoping;

namespace PlanBot.Core.Configuration;

/// <summary>The questionnaire changes a repository's <c>.github/planbot.yml</c> asks for, in the builder's terms.</summary>
public static class ConfiguredQuestions
{
    /// <summary>The questionnaire for the documents as the repository configures it: the one the App asks and the command line prints.</summary>
    public static Questionnaire Questionnaire(QuestionnaireBuilder builder, DocumentSet documents, RepositoryConfig config)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Build(documents, Overrides(config), Extras(config));
    }

    /// <summary>
    /// The question overrides; <c>team.hours_per_person_per_week</c> becomes the default of
    /// <see cref="QuestionIds.TeamHoursPerWeek"/> unless an override sets that default itself.
    /// </summary>
    public static ValueList<QuestionOverride> Overrides(RepositoryConfig config)
    {
        var overrides = config.QuestionOverrides.Select(o => new QuestionOverride(o.Id, o.Prompt, o.Default, o.Required)).ToList();
        if (config.HoursPerPersonPerWeek is not { } hours)
        {
            return overrides;
        }

        var hoursDefault = string.Create(CultureInfo.InvariantCulture, $"{hours} hours per person");
        var index = overrides.FindLastIndex(o => string.Equals(o.Id?.Trim(), QuestionIds.TeamHoursPerWeek, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            overrides.Add(new QuestionOverride(QuestionIds.TeamHoursPerWeek, Default: hoursDefault));
        }
        else if (overrides[index].Default is null)
        {
            overrides[index] = overrides[index] with { Default = hoursDefault };
        }

        return overrides;
    }

    public static ValueList<ExtraQuestion> Extras(RepositoryConfig config) =>
        config.ExtraQuestions.Select(e => new ExtraQuestion(e.Id, e.Category, e.Prompt, e.Type, e.Default, e.Required)).ToValueList();
}
