namespace PlanBot.Core.Configuration;

/// <summary>
/// A repository's <c>.github/planbot.yml</c>, with the built-in defaults for everything it does not set.
/// </summary>
public sealed record RepositoryConfig(
    string PrdPath,
    string TrdPath,
    string PlanPath,
    string? TemplatePath,
    ValueList<string> PhaseNames,
    decimal? HoursPerPersonPerWeek,
    ValueList<QuestionSetting> QuestionOverrides,
    ValueList<ExtraQuestionSetting> ExtraQuestions,
    string Label,
    bool CloseWeeksAutomatically,
    bool SubIssues)
{
    public const string Path = ".github/planbot.yml";

    public static RepositoryConfig Default { get; } = new(
        "docs/pre-development-docs/PRD.md",
        "docs/pre-development-docs/TRD.md",
        "docs/pre-development-docs/IMPLEMENTATION_PLAN.md",
        null,
        ValueList<string>.Empty,
        null,
        ValueList<QuestionSetting>.Empty,
        ValueList<ExtraQuestionSetting>.Empty,
        "planbot",
        true,
        true);
}
