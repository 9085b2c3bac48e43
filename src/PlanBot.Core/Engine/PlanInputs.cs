using PlanBot.Core.Configuration;
using PlanBot.Core.Documents;
using PlanBot.Core.Rendering;
using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Core.Engine;

/// <summary>
/// Everything a plan is written from, wherever it was read: the documents, the questionnaire built with the
/// repository's question settings, the answers people gave, the repository's configuration and its template (null:
/// the built-in one). <see cref="Author"/> is who asked for the plan, recorded on the defaults it assumes;
/// <see cref="PlannedAt"/> is the moment the plan is made for, whose date starts the schedule.
/// </summary>
public sealed record PlanInputs(
    DocumentSet Documents,
    Questionnaire Questionnaire,
    AnswerSet Answers,
    RepositoryConfig Config,
    PlanTemplate? Template,
    string Author,
    DateTimeOffset PlannedAt);
