using System.Text.RegularExpressions;
using System.Globalization;
using PlanBot.Core.Documents;
using PlanBot.Core.Documents.Analysis;
using PlanBot.Core.Planning.Inputs;
using PlanBot.Core.Planning.Writing;

namespace PlanBot.Core.Planning.Work;

/// <summary>One work item per feature (requirement or story) with the endpoints it builds, and one per group of endpoints no feature claims.</summary>
internal static partial class FeatureItems
{
    private const int MaxDemos = 3;
    private const int NameLength = 60;

    private static readonly HashSet<string> Determiners = new(
        ["to", "a", "an", "the", "every", "each", "all", "my", "our", "their", "its", "some", "any", "no", "this", "that", "these", "those", "one"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The functional requirements in the MVP or later, or the PRD's user stories when it lists no requirement.</summary>
    public static IReadOnlyList<Feature> Features(PlanInputs inputs, IReadOnlyList<ScopedRequirement> scopes)
    {
        var requirements = scopes
            .Where(s => s.Scope is RequirementScope.Mvp or RequirementScope.NiceToHave)
            .OrderBy(s => s.Scope)
            .Select(s => new Feature(s.Block.Key, s.Block.Requirement.Id?.Trim(), s.Block.Name, s.Block.Requirement.Title.Trim(), s.Block.Criteria, s.Scope, s.Block.Requirement.Priority, s.Block.Where, s.Block))
            .ToList();
        if (requirements.Count > 0 || inputs.Requirements.Any(r => r.Requirement.Kind == RequirementKind.Functional))
        {
            return requirements;
        }

        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return inputs.Stories
            .Select(s =>
            {
                var id = string.IsNullOrWhiteSpace(s.Value.Id) ? null : s.Value.Id.Trim();
                var goal = Goal(s.Value);
                var key = id ?? TitleKeys.Slug(goal);
                for (var n = 2; !keys.Add(key); n++)
                {
                    key = string.Create(CultureInfo.InvariantCulture, $"{id ?? TitleKeys.Slug(goal)}-{n}");
                }

                return new Feature(key, id, id ?? RequirementNames.Trace(goal), Story(s.Value), [], RequirementScope.Mvp, Priority.Unspecified, s.Where, null);
            })
            .ToList();
    }

    public static WorkDraft Item(Feature feature, EndpointLinks links, PieceLinks pieces, PieceLinks statements, bool authenticated, TestCommand? tests)
    {
        var endpoints = links.Of(feature);
        var name = Prose.Short(feature.Title.Length > 0 ? feature.Title : feature.Name, NameLength);
        var item = new WorkDraft("feature:" + feature.Key, WorkKind.Feature, name, new WorkTrigger(feature.Where, feature.Title))
        {
            Hours = Estimates.Feature(feature.Criteria.Count, endpoints.Count),
        };
        if (feature.Requirement is { } requirement)
        {
            item.Delivers(requirement);
            item.StatedNeeds.AddRange(requirement.Requirement.DependsOn);
        }
        else
        {
            item.Trace(TraceText.Requirement(feature.Name));
        }

        // One task per piece of content, each with its own tests, so that a feature split across weeks is split by
        // what it builds and never into "implement" and "test".
        var what = feature.Described;
        foreach (var endpoint in endpoints)
        {
            item.Tasks.Add($"Build and test {TraceText.Endpoint(endpoint.Value)}");
            item.Trace(TraceText.Endpoint(endpoint.Value));
        }

        var quoted = Lines(feature, pieces, statements);
        item.Tasks.AddRange(quoted.Select(l => TrdQuotes.Task(feature.Mention, l)));
        item.Tasks.AddRange(feature.Criteria.Select(c => CriterionTask(feature, c)));

        item.Deliverables.Add($"{Prose.Short(what, 100)} merged with its tests");
        if (endpoints.Count > 0)
        {
            item.Deliverables.Add($"{Prose.Join(endpoints.Select(e => TraceText.Endpoint(e.Value)))} in the API reference");
        }

        foreach (var criterion in feature.Criteria)
        {
            item.Criteria.Add(feature.Stated(criterion));
        }

        if (item.Criteria.Count == 0)
        {
            // Without criteria of its own, what it builds says how to see it done: each endpoint's answers, else what
            // the documents say of it.
            item.Criteria.AddRange(endpoints.Count > 0 ? endpoints.Select(e => Derived(e.Value)) : Derived(feature, quoted));
        }

        item.Demos.AddRange(endpoints.Take(MaxDemos).Select(e => CurlDemo.For(e.Value, feature.Name, authenticated)));
        if (item.Demos.Count == 0 && tests is not null)
        {
            // Nothing to call: the week is seen done by running its tests, limited to the code its lines name.
            item.Demos.Add(new DemoScenario($"Run the tests (the command of {tests.Where})", tests.For(quoted.SelectMany(p => p.Value.Names))));
        }

        return item;
    }

    /// <summary>
    /// What the TRD says of a feature: what it names in code for it, else, when the documents give it no criteria to
    /// build to, what it states of it (found by the title's words alone, so only where nothing better says what to build).
    /// </summary>
    public static IReadOnlyList<Sourced<DocumentPiece>> Lines(Feature feature, PieceLinks pieces, PieceLinks statements) =>
        pieces.Of(feature) is { Count: > 0 } named ? named : feature.Criteria.Count == 0 ? statements.Of(feature) : [];

    /// <summary>
    /// Completes a feature once the systems it is built on have added what the TRD says of them. One nothing in the
    /// documents describes (<paramref name="described"/> false: no endpoint, line or criterion, its own or its
    /// system's) is designed first, with the line that asks for it, and accepted on that design. Returns whether it was.
    /// </summary>
    public static bool DesignFirst(Feature feature, WorkDraft item, bool described)
    {
        if (!described)
        {
            item.Tasks.Insert(0, $"{feature.Mention}: no line of the TRD was found for it; agree its data, interface and errors and write them into the TRD first ({feature.Where})");
            item.Tasks.Add($"Build {feature.Described}, with unit and integration tests");
        }

        if (item.Criteria.Count == 0)
        {
            item.Criteria.Add($"{Prose.Short(feature.Described, 100)}: its data, interface and errors are in the TRD, each covered by a test");
        }

        return !described;
    }

    /// <summary>
    /// A criterion derived from an endpoint: its verb and path, the status a valid request gets and the one a wrong
    /// request gets ("GET /v1/links/{code} answers 200 for a known code and 404 for an unknown one (derived)").
    /// </summary>
    public static string Derived(ApiEndpoint endpoint)
    {
        var method = endpoint.Method.Trim().ToUpperInvariant();
        var call = TraceText.Endpoint(endpoint);
        var parameter = Parameter().Match(endpoint.Path) is { Success: true } p ? p.Groups["name"].Value : null;
        return method switch
        {
            "POST" => $"{call} answers 201 for a valid request and 400 with a message for an invalid one (derived)",
            "DELETE" => $"{call} answers 204 and the resource is gone; 404 for an unknown {parameter ?? "resource"} (derived)",
            "PUT" or "PATCH" => $"{call} answers 200 with the change saved; 400 for an invalid change and 404 for an unknown {parameter ?? "resource"} (derived)",
            _ when parameter is not null => $"{call} answers 200 for a known {parameter} and 404 for an unknown one (derived)",
            _ => $"{call} answers 200 with what it lists, and an empty list when there is nothing (derived)",
        };
    }

    /// <summary>
    /// Criteria derived from what the documents say of a feature that states none and builds no endpoint: its notes
    /// ("PRL-08: PAYE tax calculation: per ZIMRA bands (derived from PRD line 130)") and what the TRD's lines for it
    /// specify, each a statement a test checks ("PRL-09: `AIDS Levy = PAYE × AIDS_LEVY_RATE` (derived from TRD line 820)").
    /// </summary>
    public static IEnumerable<string> Derived(Feature feature, IReadOnlyList<Sourced<DocumentPiece>> pieces)
    {
        if (feature.Requirement is { Requirement.Details: { Length: > 0 } details } requirement)
        {
            yield return $"{feature.Mention}: {Prose.Short(feature.Title, 100)}: {Prose.Lower(details.TrimEnd('.'))} (derived from {requirement.Where})";
        }

        foreach (var criterion in TrdQuotes.Criteria(feature.Mention, pieces))
        {
            yield return criterion;
        }
    }

    /// <summary>The task that makes a criterion hold: built and proven by an automated test, in the same task.</summary>
    public static string CriterionTask(Feature feature, Sourced<AcceptanceCriterion> criterion)
    {
        var text = $"{Prose.Lower(Prose.Short(criterion.Value.Text, 120)).TrimEnd('.')} ({criterion.Where})";
        return feature.Id is { } id ? $"{id}: build and test that {text}" : $"Build and test that {text}";
    }

    public static WorkDraft ApiGroup(string resource, IReadOnlyList<Sourced<ApiEndpoint>> endpoints, bool authenticated)
    {
        var title = Title(resource);
        var item = new WorkDraft("api:" + resource.ToLowerInvariant(), WorkKind.Api, $"{title} endpoints", WorkTrigger.FirstOf(endpoints.Select(e => WorkTrigger.Of(e, TraceText.Endpoint(e.Value)))))
        {
            Hours = Estimates.PerEndpoint * endpoints.Count,
        };
        foreach (var endpoint in endpoints)
        {
            var trace = TraceText.Endpoint(endpoint.Value);
            item.Trace(trace);
            item.Tasks.Add($"Build and test {trace}: its success and error responses");
            item.Criteria.Add($"{trace} behaves as the TRD specifies ({endpoint.Where})");
        }

        item.Deliverables.Add($"{title} endpoints merged with tests and in the API reference");
        item.Demos.AddRange(endpoints.Take(MaxDemos).Select(e => CurlDemo.For(e.Value, title, authenticated)));
        return item;
    }

    /// <summary>What the story wants, as a title: "to upload a statement" → "Upload a statement".</summary>
    private static string Goal(UserStory story)
    {
        var goal = story.Goal.Trim();
        return Prose.Sentence(goal.StartsWith("to ", StringComparison.OrdinalIgnoreCase) ? goal[3..].TrimStart() : goal);
    }

    /// <summary>"As a controller, I want a daily summary so that the books close", at most 160 characters.</summary>
    public static string Story(UserStory story)
    {
        var benefit = string.IsNullOrWhiteSpace(story.Benefit) ? string.Empty : $" so that {story.Benefit.Trim()}";
        return Prose.Short($"As {Article(story.Role.Trim())}, I want {Wanted(story.Goal.Trim())}{benefit}", 160);
    }

    /// <summary>
    /// The goal after "I want": the analysis may have read "I want to upload" as "upload", so a goal that is not
    /// already "to …" or a thing ("a daily summary", "every decision recorded") gets its "to" back.
    /// </summary>
    private static string Wanted(string goal)
    {
        var first = goal.Split(' ', 2)[0];
        return goal.Length == 0 || Determiners.Contains(first) ? goal : "to " + goal;
    }

    private static string Article(string role) =>
        role.Length == 0 ? "a user"
        : role.StartsWith("a ", StringComparison.OrdinalIgnoreCase) || role.StartsWith("an ", StringComparison.OrdinalIgnoreCase) ? role
        : ("aeiou".Contains(char.ToLowerInvariant(role[0]), StringComparison.Ordinal) ? "an " : "a ") + role;

    private static string Title(string resource)
    {
        var words = resource.Replace('_', ' ').Replace('-', ' ').Trim();
        return words.Length == 0 ? "API" : char.ToUpper(words[0], CultureInfo.InvariantCulture) + words[1..];
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z_][\w-]*)\}|:(?<name>[A-Za-z_][\w-]*)")]
    private static partial Regex Parameter();
}
