using PlanBot.Core.Documents;
using PlanBot.Core.Scoping;

namespace PlanBot.Core.Planning.Inputs;

/// <summary>
/// Which requirements are in the MVP: the <c>scope.mvp</c> answer (its default ticks the PRD's must-haves), then
/// <c>scope.nice_to_have</c>; a requirement in neither is a nice-to-have unless the PRD says "won't have" (which an
/// explicit <c>scope.nice_to_have</c> answer overrides).
/// </summary>
internal static class ScopeDecision
{
    public static IReadOnlyList<ScopedRequirement> Decide(PlanInputs inputs, PlanAnswers answers)
    {
        var matched = Matched(inputs, answers);
        var mvp = matched.Count > 0 ? matched : ByPriority(Functional(inputs));

        // The question's default ticks every requirement outside the MVP; only somebody's answer overrides "won't have".
        var deferred = answers.Resolve(QuestionIds.NiceToHave)?.IsDefault == false ? Keys(answers.Items(QuestionIds.NiceToHave)) : [];
        var result = new List<ScopedRequirement>();
        foreach (var block in inputs.Requirements)
        {
            var scope = block.Requirement.Kind == RequirementKind.NonFunctional ? RequirementScope.CrossCutting
                : mvp.Contains(block) ? RequirementScope.Mvp
                : Chosen(deferred, block) || block.Requirement.Priority != Priority.WontHave ? RequirementScope.NiceToHave
                : RequirementScope.NotPlanned;
            result.Add(new ScopedRequirement(block, scope));
        }

        return result;
    }

    /// <summary>Whether the <c>scope.mvp</c> answer names any functional requirement; when none, the PRD's priorities decide.</summary>
    public static bool MvpAnswered(PlanInputs inputs, PlanAnswers answers) => Matched(inputs, answers).Count > 0;

    private static List<RequirementBlock> Functional(PlanInputs inputs) =>
        inputs.Requirements.Where(r => r.Requirement.Kind == RequirementKind.Functional).ToList();

    private static List<RequirementBlock> Matched(PlanInputs inputs, PlanAnswers answers)
    {
        var chosen = Keys(answers.Items(QuestionIds.MvpScope));
        return Functional(inputs).Where(r => Chosen(chosen, r)).ToList();
    }

    /// <summary>
    /// Whether an answer names the requirement: by its key, or, for a PRD requirement without an id, by the key an
    /// answer stored before keys came from titles (<c>PRD-L42</c>, the requirement now at that line).
    /// </summary>
    private static bool Chosen(HashSet<string> chosen, RequirementBlock block) =>
        chosen.Contains(QuestionnaireBuilder.Key(block.Key))
        || (block.Document == DocumentKind.Prd && !block.Requirement.HasExplicitId && chosen.Contains(QuestionnaireBuilder.FormerKey(block.Requirement)));

    /// <summary>The PRD's must-haves, or every requirement when the PRD sets no priority.</summary>
    private static List<RequirementBlock> ByPriority(List<RequirementBlock> functional)
    {
        var mustHaves = functional.Where(r => r.Requirement.Priority == Priority.MustHave).ToList();
        return mustHaves.Count > 0 ? mustHaves : functional.Where(r => r.Requirement.Priority != Priority.WontHave).ToList();
    }

    private static HashSet<string> Keys(IEnumerable<string> items) =>
        new(items.Select(QuestionnaireBuilder.Key), StringComparer.OrdinalIgnoreCase);
}
