using PlanBot.Core.Documents;
using PlanBot.Core.Planning.Inputs;
using PlanBot.Core.Planning.Writing;
using PlanBot.Core.Scoping;

namespace PlanBot.Core.Planning.Work;

/// <summary>
/// What put a work item in the plan: a line of the documents ("TRD line 40") with what it says there
/// (<see cref="Says"/>: "p99 &lt; 50 ms"), an answer ("answer risk.unknowns"), or nothing but the standard's practice
/// (<see cref="IsStandardPractice"/>): work every plan carries whether or not the documents ask for it.
/// </summary>
internal sealed record WorkTrigger(string? Where, string? Says = null)
{
    private const int MaxSays = 90;
    private const int TerseTitleWords = 3;

    public static WorkTrigger StandardPractice { get; } = new((string?)null);

    public bool IsStandardPractice => Where is null;

    /// <summary>The line of <paramref name="source"/> and what it says there.</summary>
    public static WorkTrigger Of<T>(Sourced<T> source, string says) => new(source.Where, says);

    /// <summary>
    /// The line of a requirement and its title, with its first criterion when the title alone says little
    /// ("Performance: P99 under 200 ms" rather than "Performance").
    /// </summary>
    public static WorkTrigger Of(RequirementBlock block)
    {
        var title = block.Requirement.Title.Trim();
        var terse = title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= TerseTitleWords;
        return new(block.Where, terse && block.Criteria.Count > 0 ? $"{title}: {block.Criteria[0].Value.Text.Trim()}" : title);
    }

    public static WorkTrigger Of(Sourced<DocumentSection> section) => new(section.Where, TraceText.Section(section));

    public static WorkTrigger Answer(string questionId, string? answer = null) => new($"answer {questionId}", answer) { Question = questionId };

    /// <summary>
    /// The kind of project is the reason for what every project of that kind needs: the line that shows it (an answer
    /// that agrees keeps it), or the answer to <c>scope.kind</c> when the team chose another kind or the documents do
    /// not say (its default then stands).
    /// </summary>
    public static WorkTrigger Kind(ProjectKindDecision kind) =>
        kind.Where is null
            ? Answer(QuestionIds.ProjectKind, ProjectKindNames.Of(kind.Kind))
            : new(kind.Where, kind.Evidence) { Verb = $"shows {ProjectKindNames.Of(kind.Kind)}:" };

    /// <summary>The first of <paramref name="triggers"/> that is not the standard's practice, or the standard's practice when there is none.</summary>
    public static WorkTrigger FirstOf(IEnumerable<WorkTrigger> triggers) => triggers.FirstOrDefault(t => !t.IsStandardPractice) ?? StandardPractice;

    /// <summary>The question whose answer asked for the item, when an answer did.</summary>
    private string? Question { get; init; }

    /// <summary>How the reason introduces what the line says: "says", or "shows a library:" for the line that shows the kind.</summary>
    private string Verb { get; init; } = "says";

    /// <summary>"because TRD line 88 says “p99 &lt; 50 ms”", "because the answer to risk.unknowns says “…”", or that nothing asked for it.</summary>
    public string Reason
    {
        get
        {
            var who = Question is null ? Where : $"the answer to {Question}";
            return (who, Says) switch
            {
                (null, _) => "standard practice: no line of the documents asks for it",
                (_, null) => $"because of {who}",
                _ => $"because {who} {Verb} “{Prose.Short(Says.Trim(), MaxSays)}”",
            };
        }
    }

    public override string ToString() => Where ?? "standard practice";
}
