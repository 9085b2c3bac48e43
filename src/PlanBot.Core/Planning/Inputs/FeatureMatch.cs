using PlanBot.Core.Text;

namespace PlanBot.Core.Planning.Inputs;

/// <summary>
/// The feature a text of the documents is about when it names none (a criterion stated on its own, a user story that
/// is not a requirement): <see cref="Words.MostShared"/> over the words of each feature's title and criteria.
/// </summary>
internal static class FeatureMatch
{
    public static (Feature Feature, T Item)? Best<T>(string text, IReadOnlyList<(Feature Feature, T Item)> features)
    {
        var stems = Words.Stems(text);
        var best = Words.MostShared(features.Select(f => Words.Overlap(stems, f.Feature.TitleStems) + Words.Overlap(stems, f.Feature.CriteriaStems)).ToList());
        return best >= 0 ? features[best] : null;
    }
}
