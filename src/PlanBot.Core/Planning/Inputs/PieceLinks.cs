using System.Text.RegularExpressions;
using PlanBot.Core.Documents;
using PlanBot.Core.Documents.Analysis;
using PlanBot.Core.Text;

namespace PlanBot.Core.Planning.Inputs;

/// <summary>
/// Which feature each piece the TRD names (a function, table, file, key) belongs to: its id on the piece's line, or
/// the words of the feature's title on the line (two each) and in the heading above it (one each), names in code read
/// as words (<c>calculatePaye</c> → calculate paye). A word on most lines of the TRD, or of the product's name, tells
/// nothing. A piece goes to the features that score highest (a file "PAYE/NSSA/AIDS Levy calculations" is a piece of
/// each), and only when a word of the feature is on its line;
/// each feature keeps its <see cref="MaxPerFeature"/> best pieces, in the TRD's order.
/// </summary>
internal sealed partial class PieceLinks
{
    public const int MaxPerFeature = 3;
    private const int MinScore = 3;
    private const int IdScore = 10;
    private const int CommonShare = 8;
    private const int MinCommon = 4;

    private readonly Dictionary<Feature, List<Sourced<DocumentPiece>>> byFeature = [];

    private PieceLinks()
    {
    }

    public static PieceLinks Link(IReadOnlyList<Sourced<DocumentPiece>> pieces, IReadOnlyList<Feature> features, PlanInputs inputs)
    {
        var links = new PieceLinks();
        var lineStems = pieces.Select(p => Words.Stems(AsWords(p.Value.Text))).ToList();
        var productStems = Words.Stems(inputs.Product);
        var frequency = lineStems.SelectMany(s => s).GroupBy(s => s, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var common = Math.Max(MinCommon, pieces.Count / CommonShare);
        bool Telling(string stem) => !Words.Has(productStems, stem) && frequency.GetValueOrDefault(stem) <= common;

        var titles = features.Select(f => (IReadOnlyList<string>)f.TitleStems.Where(Telling).ToList()).ToList();
        var index = new StemIndex(titles);
        var byId = features.Select((f, i) => (f.Id, Index: i)).Where(f => f.Id is { Length: > 0 }).ToLookup(f => RequirementIds.Key(f.Id!), f => f.Index, StringComparer.Ordinal);
        var scored = new List<(Feature Feature, Sourced<DocumentPiece> Piece, int Score)>();
        var scores = new Dictionary<int, int>();
        var onLine = new HashSet<int>();
        var matched = new HashSet<int>();
        for (var p = 0; p < pieces.Count; p++)
        {
            scores.Clear();
            onLine.Clear();
            var piece = pieces[p].Value;
            foreach (var stem in lineStems[p].Where(Telling))
            {
                Score(stem, 2, true);
            }

            foreach (var stem in Words.Stems(AsWords(inputs.SectionAt(pieces[p].Document, pieces[p].Line))).Where(s => Telling(s) && !Words.Has(lineStems[p], s)))
            {
                Score(stem, 1, false);
            }

            foreach (var f in RequirementIds.KeysIn(piece.Text).Distinct(StringComparer.Ordinal).SelectMany(key => byId[key]))
            {
                scores[f] = scores.GetValueOrDefault(f) + IdScore;
                onLine.Add(f);
            }

            var candidates = scores.Where(s => onLine.Contains(s.Key) && s.Value >= Math.Min(MinScore, 2 * titles[s.Key].Count)).ToList();
            var top = candidates.Count == 0 ? 0 : candidates.Max(s => s.Value);
            var tied = candidates.Where(s => s.Value == top).Select(s => s.Key).Order().ToList();

            // Features without ids would quote the same line in the same words: the first of them takes it.
            scored.AddRange((tied.All(f => features[f].Id is not null) ? tied : tied.Take(1)).Select(f => (features[f], pieces[p], top)));
        }

        foreach (var group in scored.GroupBy(s => s.Feature))
        {
            links.byFeature[group.Key] = group.OrderByDescending(s => s.Score).ThenBy(s => s.Piece.Line).Take(MaxPerFeature).Select(s => s.Piece).OrderBy(s => s.Line).ToList();
        }

        return links;

        void Score(string stem, int weight, bool line)
        {
            matched.Clear();
            index.Matching(stem, matched);
            foreach (var feature in matched)
            {
                scores[feature] = scores.GetValueOrDefault(feature) + weight;
                if (line)
                {
                    onLine.Add(feature);
                }
            }
        }
    }

    public IReadOnlyList<Sourced<DocumentPiece>> Of(Feature feature) => byFeature.TryGetValue(feature, out var list) ? list : [];

    /// <summary>Names in code as words: <c>calculatePaye</c> → calculate Paye, <c>AIDS_LEVY_RATE</c> → AIDS LEVY RATE.</summary>
    private static string AsWords(string? text) => text is null ? string.Empty : CamelHump().Replace(text, " ").Replace('_', ' ');

    [GeneratedRegex(@"(?<=[a-z0-9])(?=[A-Z])")]
    private static partial Regex CamelHump();
}
