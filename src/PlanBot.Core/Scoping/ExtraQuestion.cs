namespace PlanBot.Core.Scoping;

/// <summary>A question a repository adds to the built-in ones (from <c>.github/planbot.yml</c>).</summary>
public sealed record ExtraQuestion(
    string Id,
    QuestionCategory Category,
    string Prompt,
    AnswerType Type,
    string? Default,
    bool Required = false);
