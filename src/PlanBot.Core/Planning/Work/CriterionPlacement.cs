using PlanBot.Core.Documents;
using PlanBot.Core.Text;

namespace PlanBot.Core.Planning.Work;

/// <summary>
/// Places the criteria no requirement owns (<see cref="PlanInputs.LooseCriteria"/>): with the feature that shares the
/// most words with them (its title and its own criteria), at least two and without a tie, so the week that delivers
/// what a criterion is about checks it; a criterion about nothing in particular is checked at launch. None is dropped.
/// </summary>
internal static class CriterionPlacement
{
    private const int SharedTerms = 2;

    public static void Place(IReadOnlyList<Sourced<AcceptanceCriterion>> criteria, IReadOnlyList<(Feature Feature, WorkItem Item)> features, WorkItem launch)
    {
        foreach (var criterion in criteria)
        {
            var stems = Words.Stems(criterion.Value.Text);
            var scored = features
                .Select(f => (f.Item, Score: Words.Overlap(stems, f.Feature.TitleStems) + Words.Overlap(stems, f.Feature.CriteriaStems)))
                .Where(x => x.Score >= SharedTerms)
                .OrderByDescending(x => x.Score)
                .Take(2)
                .ToList();
            var item = scored.Count == 1 || (scored.Count == 2 && scored[0].Score > scored[1].Score) ? scored[0].Item : launch;
            item.Criterion(CriterionText.Of(criterion));
        }
    }
}
