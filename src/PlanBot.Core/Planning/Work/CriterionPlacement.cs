using PlanBot.Core.Documents;
using PlanBot.Core.Planning.Inputs;

namespace PlanBot.Core.Planning.Work;

/// <summary>
/// Places the criteria no requirement owns (<see cref="PlanInputs.LooseCriteria"/>): with the feature they are about
/// (<see cref="FeatureMatch"/>), so the week that delivers it checks them; a criterion about nothing in particular is
/// checked at launch. None is dropped.
/// </summary>
internal static class CriterionPlacement
{
    public static void Place(IReadOnlyList<Sourced<AcceptanceCriterion>> criteria, IReadOnlyList<(Feature Feature, WorkDraft Item)> features, WorkDraft launch)
    {
        foreach (var criterion in criteria)
        {
            var item = FeatureMatch.Best(criterion.Value.Text, features)?.Item ?? launch;
            item.Criterion(CriterionText.Of(criterion));
        }
    }
}
