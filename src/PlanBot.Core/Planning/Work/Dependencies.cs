using System.Text.RegularExpressions;
using PlanBot.Core.Documents.Analysis;
using PlanBot.Core.Planning.Inputs;

namespace PlanBot.Core.Planning.Work;

/// <summary>
/// What each item waits for. An item waits for the foundation; for the item that builds an endpoint its tasks or
/// criteria use; and for the requirements the documents say it depends on: a "Depends on" column, or its text
/// (<see cref="DependencyStatements"/>). <see cref="Graphs.StableOrder"/> then orders the items.
/// </summary>
internal static partial class Dependencies
{
    /// <summary>Sets each draft's <see cref="WorkDraft.Prerequisites"/>.</summary>
    public static void Link(IReadOnlyList<WorkDraft> drafts)
    {
        var builders = new Dictionary<string, WorkDraft>(StringComparer.Ordinal);
        var requirements = new Dictionary<string, WorkDraft>(StringComparer.OrdinalIgnoreCase);
        foreach (var draft in drafts)
        {
            foreach (var trace in draft.Traces)
            {
                if (EndpointTrace().Match(trace) is { Success: true } endpoint)
                {
                    builders.TryAdd(PathKey(endpoint.Groups["path"].Value), draft);
                }
            }

            foreach (var key in draft.RequirementKeys)
            {
                requirements.TryAdd(RequirementIds.Key(key), draft);
            }
        }

        var foundation = drafts.FirstOrDefault(d => d.Kind == WorkKind.Foundation);
        foreach (var draft in drafts)
        {
            if (foundation is not null && draft != foundation)
            {
                draft.Needs(foundation);
            }

            foreach (var id in draft.StatedNeeds)
            {
                if (requirements.TryGetValue(RequirementIds.Key(id), out var required) && required != draft)
                {
                    draft.Needs(required);
                }
            }

            foreach (var text in draft.Tasks.Concat(draft.Criteria))
            {
                foreach (Match path in Path().Matches(text))
                {
                    if (builders.TryGetValue(PathKey(path.Value), out var builder) && builder != draft)
                    {
                        draft.Needs(builder);
                    }
                }

                foreach (var key in DependencyStatements.KeysIn(text))
                {
                    if (requirements.TryGetValue(key, out var required) && required != draft)
                    {
                        draft.Needs(required);
                    }
                }
            }
        }
    }

    /// <summary>A path as prose ends it ("… through /v1/links.") is the path.</summary>
    private static string PathKey(string path) => PlanInputs.PathKey(path.TrimEnd('.', ',', ';', ')'));

    [GeneratedRegex(@"^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(?<path>/\S*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndpointTrace();

    [GeneratedRegex(@"(?<![\w/])/[\w{}:.\-]+(?:/[\w{}:.\-]+)*")]
    private static partial Regex Path();
}
