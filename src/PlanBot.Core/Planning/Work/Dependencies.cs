using System.Text.RegularExpressions;
using PlanBot.Core.Documents.Analysis;
using PlanBot.Core.Planning.Inputs;

namespace PlanBot.Core.Planning.Work;

/// <summary>
/// What each item waits for. An item waits for the foundation; for the item that builds an endpoint its tasks or
/// criteria use; a feature for the schema of a table it names and the prototype of a risky integration it calls; the
/// security review for the must-haves that build security (access control, permissions, encryption); and for the requirements the documents say it depends on: a "Depends on" column, or its text
/// (<see cref="DependencyStatements"/>). <see cref="Graphs.StableOrder"/> then orders the items.
/// </summary>
internal static partial class Dependencies
{
    private const string TablePrefix = "table ";

    /// <summary>Sets each draft's <see cref="WorkDraft.Prerequisites"/>.</summary>
    public static void Link(IReadOnlyList<(WorkDraft Draft, Stage Stage)> staged)
    {
        var drafts = staged.Select(s => s.Draft).ToList();
        var builders = new Dictionary<string, WorkDraft>(StringComparer.Ordinal);
        var requirements = new Dictionary<string, WorkDraft>(StringComparer.OrdinalIgnoreCase);

        // What a feature names and another item makes usable: a table (the schema) or a risky integration (its prototype).
        var named = new Dictionary<string, WorkDraft>(StringComparer.OrdinalIgnoreCase);
        foreach (var draft in drafts)
        {
            foreach (var trace in draft.Traces)
            {
                if (EndpointTrace().Match(trace) is { Success: true } endpoint)
                {
                    builders.TryAdd(PathKey(endpoint.Groups["path"].Value), draft);
                }
                else if (draft.Kind == WorkKind.DataStore && trace.StartsWith(TablePrefix, StringComparison.Ordinal))
                {
                    named.TryAdd(trace[TablePrefix.Length..].Trim(), draft);
                }
                else if (draft.Kind == WorkKind.Prototype)
                {
                    named.TryAdd(trace.Trim(), draft);
                }
            }

            foreach (var key in draft.RequirementKeys)
            {
                requirements.TryAdd(RequirementIds.Key(key), draft);
            }
        }

        var foundation = drafts.FirstOrDefault(d => d.Kind == WorkKind.Foundation);

        // The security review reviews the access control, the encryption and the permissions the must-haves build (a
        // nice-to-have comes after it, and is not pulled ahead of the must-haves for it).
        if (drafts.FirstOrDefault(d => d.Kind == WorkKind.Security) is { } review)
        {
            foreach (var (guarded, _) in staged.Where(s => s.Stage == Stage.MustHave && s.Draft.Kind == WorkKind.Feature && Concerns.Of(s.Draft.Name) == Concern.Security))
            {
                review.Needs(guarded);
            }
        }

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

            if (draft.Kind is WorkKind.Feature or WorkKind.Api)
            {
                foreach (var used in Named(string.Join('\n', draft.Tasks.Concat(draft.Criteria)), named).Where(u => u != draft))
                {
                    draft.Needs(used);
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

    /// <summary>The items of <paramref name="named"/> whose name <paramref name="text"/> holds as whole words.</summary>
    private static IEnumerable<WorkDraft> Named(string text, IReadOnlyDictionary<string, WorkDraft> named)
    {
        foreach (var (name, draft) in named)
        {
            for (var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + name.Length;
                if ((at == 0 || !IsWordChar(text[at - 1])) && (end == text.Length || !IsWordChar(text[end])))
                {
                    yield return draft;
                    break;
                }
            }
        }
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>A path as prose ends it ("… through /v1/links.") is the path.</summary>
    private static string PathKey(string path) => PlanInputs.PathKey(path.TrimEnd('.', ',', ';', ')'));

    [GeneratedRegex(@"^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(?<path>/\S*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndpointTrace();

    [GeneratedRegex(@"(?<![\w/])/[\w{}:.\-]+(?:/[\w{}:.\-]+)*")]
    private static partial Regex Path();
}
