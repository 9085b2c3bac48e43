using PlanBot.Core.Documents;
using PlanBot.Core.Planning.Inputs;

namespace PlanBot.Core.Planning.Work;

/// <summary>
/// Places the criteria no requirement owns (<see cref="PlanInputs.LooseCriteria"/>): with the feature they are about
/// (<see cref="FeatureMatch"/>), so the week that delivers it checks them; a criterion about nothing in particular is
/// checked at launch. None is dropped, and each adds its share to the effort of the item that checks it.
/// </summary>
internal static class CriterionPlacement
{
    public static void Place(IReadOnlyList<Sourced<AcceptanceCriterion>> criteria, IReadOnlyList<(Feature Feature, WorkDraft Item)> features, WorkDraft launch)
    {
        foreach (var criterion in criteria)
        {
            var match = FeatureMatch.Best(criterion.Value.Text, features);
            var item = match?.Item ?? launch;
            if (item.Criterion(CriterionText.Of(criterion)))
            {
                // Proving a criterion is work: the item that checks it grows by what any criterion costs.
                item.Hours += Estimates.PerCriterion;
                if (match is { } feature)
                {
                    item.Tasks.Add(FeatureItems.CriterionTask(feature.Feature, criterion));
                }
            }
        }
    }
}
