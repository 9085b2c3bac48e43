using System.Text.RegularExpressions;
using PlanBot.Core.Documents.Analysis;
using PlanBot.Core.Planning.Inputs;

namespace PlanBot.Core.Planning.Work;

/// <summary>
/// What each item waits for, and an order that respects it. An item waits for the foundation; for the item that builds
/// an endpoint its tasks or criteria use; and for the requirements the documents say it depends on: a "Depends on"
/// column, or its text ("depends on FR-002", "requires FR-001", "after FR-003", "blocked by FR-004", "prerequisite: FR-005"). <see cref="Order"/> keeps the given
/// order and pulls each prerequisite forward to just before the first item that needs it; a cycle is reported and
/// broken where the walk closes it, never followed round.
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

                foreach (Match stated in Stated().Matches(text))
                {
                    foreach (Capture id in stated.Groups["id"].Captures)
                    {
                        if (requirements.TryGetValue(RequirementIds.Key(id.Value), out var required) && required != draft)
                        {
                            draft.Needs(required);
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// <paramref name="items"/> with every prerequisite before the items that need it: the given order, except that a
    /// prerequisite that came later moves to just before the first item needing it; each item and prerequisite is
    /// visited once, so a large plan is ordered in one pass. The cycles found are
    /// returned, each as its items from the one the walk reached first.
    /// </summary>
    public static (List<T> Ordered, List<List<T>> Cycles) Order<T>(IReadOnlyList<T> items, Func<T, IEnumerable<T>> prerequisites)
        where T : class
    {
        var ordered = new List<T>(items.Count);
        var cycles = new List<List<T>>();
        var state = new Dictionary<T, bool>();
        var position = items.Select((item, i) => (item, i)).ToDictionary(p => p.item, p => p.i);
        var path = new List<T>();
        foreach (var item in items)
        {
            Visit(item);
        }

        return (ordered, cycles);

        // Depth first, the prerequisites in the given order: state false while on the path, true once placed.
        void Visit(T item)
        {
            if (state.TryGetValue(item, out var placed))
            {
                if (!placed)
                {
                    cycles.Add(path[path.IndexOf(item)..]);
                }

                return;
            }

            state[item] = false;
            path.Add(item);
            foreach (var prerequisite in prerequisites(item).Where(position.ContainsKey).OrderBy(p => position[p]))
            {
                Visit(prerequisite);
            }

            path.RemoveAt(path.Count - 1);
            state[item] = true;
            ordered.Add(item);
        }
    }

    /// <summary>A path as prose ends it ("… through /v1/links.") is the path.</summary>
    private static string PathKey(string path) => PlanInputs.PathKey(path.TrimEnd('.', ',', ';', ')'));

    [GeneratedRegex(@"^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(?<path>/\S*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndpointTrace();

    [GeneratedRegex(@"(?<![\w/])/[\w{}:.\-]+(?:/[\w{}:.\-]+)*")]
    private static partial Regex Path();

    [GeneratedRegex(@"\b(?:depends\s+on|requires|after|blocked\s+by|prerequisites?:?)\s+(?:(?<id>[A-Z][A-Z0-9]{0,5}-\d{1,4})(?:\s*(?:,|and|&)\s*)?)+", RegexOptions.CultureInvariant)]
    private static partial Regex Stated();
}
