using PlanBot.Core.Text;

namespace PlanBot.Core.Planning.Work;

/// <summary>
/// The feature a text of the documents is about when it names none (a criterion stated on its own, a user story that
/// is not a requirement): the one sharing the most words with it, in its title and its criteria, at least two and
/// without a tie. Null when none stands out, rather than a guess.
/// </summary>
internal static class FeatureMatch
{
    private const int SharedTerms = 2;

    public static (Feature Feature, WorkItem Item)? Best(string text, IReadOnlyList<(Feature Feature, WorkItem Item)> features)
    {
        var stems = Words.Stems(text);
        var scored = features
            .Select(f => (Match: f, Score: Words.Overlap(stems, f.Feature.TitleStems) + Words.Overlap(stems, f.Feature.CriteriaStems)))
            .Where(x => x.Score >= SharedTerms)
            .OrderByDescending(x => x.Score)
            .Take(2)
            .ToList();
        return scored.Count == 1 || (scored.Count == 2 && scored[0].Score > scored[1].Score) ? scored[0].Match : null;
    }
}
