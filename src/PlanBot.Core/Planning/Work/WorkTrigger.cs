using PlanBot.Core.Documents;
using PlanBot.Core.Planning.Inputs;

namespace PlanBot.Core.Planning.Work;

/// <summary>
/// What put a work item in the plan: a line of the documents ("TRD line 40"), an answer ("answer risk.unknowns"), or
/// nothing but the standard's practice (<see cref="IsStandardPractice"/>): work every plan carries whether or not the
/// documents ask for it.
/// </summary>
internal sealed record WorkTrigger(string? Where)
{
    public static WorkTrigger StandardPractice { get; } = new((string?)null);

    public bool IsStandardPractice => Where is null;

    public static WorkTrigger Line(DocumentKind document, int line) => new(Source.Describe(document, line));

    public static WorkTrigger Answer(string questionId) => new($"answer {questionId}");

    /// <summary>The first line of <paramref name="lines"/>, or the standard's practice when there is none.</summary>
    public static WorkTrigger FirstOf(IEnumerable<string> lines) => lines.FirstOrDefault() is { } where ? new(where) : StandardPractice;

    public override string ToString() => Where ?? "standard practice";
}
