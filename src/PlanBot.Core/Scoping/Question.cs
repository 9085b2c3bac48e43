namespace PlanBot.Core.Scoping;

/// <summary>
/// One scoping question. <see cref="Id"/> is stable (people type it: <c>/planbot answer team.size 4</c>).
/// <see cref="Default"/> is the raw answer used, and listed as an assumption, when nobody answers.
/// <see cref="Choices"/> are the checkbox options of a multiple-choice question (e.g. the PRD's requirements);
/// <see cref="AcceptsOther"/> lets an answer name things that are not among them (a risky integration the documents
/// do not name), kept as written. <see cref="Stated"/> is where the documents state the default ("TRD line 42"):
/// such a question is answered unless someone answers otherwise, so it is never required.
/// </summary>
public sealed record Question(
    string Id,
    QuestionCategory Category,
    string Prompt,
    AnswerType Type,
    bool Required,
    string? Default,
    ValueList<QuestionChoice> Choices,
    string? Hint = null,
    bool AcceptsOther = false,
    string? Stated = null);
