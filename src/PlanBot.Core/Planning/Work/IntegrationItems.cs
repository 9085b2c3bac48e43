using PlanBot.Core.Documents;
using PlanBot.Core.Planning.Inputs;
using PlanBot.Core.Planning.Writing;
using PlanBot.Core.Scoping;

namespace PlanBot.Core.Planning.Work;

/// <summary>
/// Work items for the systems the product talks to. The main relational store gets the schema of every table, other
/// stores a setup item, the identity provider the authentication work (all phase 1). Brokers, platform services and
/// external APIs are built in phase 2, or inside the feature whose title names them; the risky ones (the
/// <c>risk.integrations</c> answer) are prototyped in phase 1 first.
/// </summary>
internal static class IntegrationItems
{
    private const int MaxDefaultPrototypes = 3;

    private static readonly string[] Relational = ["postgres", "mysql", "mariadb", "sql server", "sqlserver", "oracle", "cockroach", "sqlite", "aurora"];
    private static readonly string[] Caches = ["valkey", "redis", "memcache", "dragonfly", "keydb"];
    private static readonly string[] IdentityProviders = ["access manager", "auth", "keycloak", "identity", "okta", "cognito", "entra", "casdoor"];

    public static IntegrationWork Build(PlanInputs inputs, PlanAnswers answers, IReadOnlyList<(Feature Feature, WorkDraft Item)> features, IntegrationLines said, Sourced<ApiEndpoint>? demoEndpoint)
    {
        var (risky, trimmed) = Risky(inputs, answers);
        var stores = OwnedStores.Of(inputs);
        var primary = OwnedStores.Main(stores);
        var subject = ProjectKindNames.Subject(inputs.Kind.Kind);
        var foundation = new List<WorkDraft>();
        var prototypes = new List<WorkDraft>();
        var later = new List<WorkDraft>();
        var plans = new List<(Sourced<Integration> Integration, WorkDraft Item, WorkDraft? Prototype, bool Risky, string Source)>();

        var schema = Schema(primary, inputs.Tables, inputs.Kind.Kind);
        if (schema is not null)
        {
            foundation.Add(schema);
        }

        var named = Named(inputs, answers);
        risky.UnionWith(named);
        // A store the project does not own is used as it is: nothing to build, migrate or set up.
        foreach (var integration in inputs.Integrations.Concat(named).Where(i => i.Value.Kind != IntegrationKind.DataStore || stores.Contains(i)))
        {
            var name = integration.Value.Name.Trim();
            var isRisky = risky.Contains(integration);
            var trigger = named.Contains(integration) ? WorkTrigger.Answer(QuestionIds.RiskyIntegrations, name) : new WorkTrigger(integration.Where);
            WorkDraft item;
            WorkDraft? prototype = null;
            if (integration == primary)
            {
                item = schema!;
            }
            else if (integration.Value.Kind == IntegrationKind.DataStore)
            {
                item = Store(integration, said.Of(integration.Value), IsAny(name, Caches), trigger, subject);
                foundation.Add(item);
            }
            else if (IsIdentityProvider(integration.Value))
            {
                item = Authentication(integration, inputs, demoEndpoint, trigger);
                foundation.Add(item);
            }
            else
            {
                // Prototyped first because it was flagged as risky: the answer is the reason, not the line that names it.
                prototype = isRisky ? Prototype(integration, WorkTrigger.Answer(QuestionIds.RiskyIntegrations, name), subject) : null;
                var owner = features.FirstOrDefault(f => IntegrationLines.Names(f.Feature.Title, name));
                var lines = said.Of(integration.Value);
                item = owner.Item is null ? Integration(integration, lines, prototype is not null, trigger) : Absorb(owner.Item, integration, lines, prototype is not null);
                if (owner.Item is null)
                {
                    later.Add(item);
                }

                if (prototype is not null)
                {
                    prototypes.Add(prototype);
                }
            }

            if (isRisky && prototype is null)
            {
                // Already built in phase 1: the risk is retired there, by testing it early under realistic conditions.
                item.Tasks.Add($"Exercise {name} early under realistic load and failure conditions (flagged as a risky integration)");
            }

            plans.Add((integration, item, prototype, isRisky, trigger.ToString()));
        }

        foundation.AddRange(prototypes);
        return new IntegrationWork(foundation, later, plans, new RiskyIntegrations(risky.Select(r => r.Value.Name.Trim()).ToList(), trimmed));
    }

    public static bool IsIdentityProvider(Integration integration) =>
        integration.Kind == IntegrationKind.IdentityProvider || (integration.IsExternal && IsAny(integration.Name, IdentityProviders));

    public static bool IsCache(string name) => IsAny(name, Caches);

    public static bool IsRelational(string name) => IsAny(name, Relational);

    /// <summary>
    /// The integrations somebody flagged as risky. The question's default ticks every platform service and external
    /// API; prototyping a dozen of them would fill phase 1, so by default only the most mentioned few are.
    /// </summary>
    private static (HashSet<Sourced<Integration>> Risky, bool Trimmed) Risky(PlanInputs inputs, PlanAnswers answers)
    {
        var chosen = answers.Items(QuestionIds.RiskyIntegrations).Select(QuestionnaireBuilder.Key).ToList();
        var risky = inputs.Integrations
            .Where(i => chosen.Any(c => string.Equals(c, QuestionnaireBuilder.Key(i.Value.Name), StringComparison.OrdinalIgnoreCase)))
            .ToList();
        var trimmed = answers.Resolve(QuestionIds.RiskyIntegrations)?.IsDefault != false && risky.Count > MaxDefaultPrototypes;
        if (trimmed)
        {
            risky = risky.OrderByDescending(i => i.Value.Mentions).Take(MaxDefaultPrototypes).ToList();
        }

        return (risky.ToHashSet(), trimmed);
    }

    /// <summary>Systems the <c>risk.integrations</c> answer names that the documents do not: external APIs to prototype.</summary>
    private static List<Sourced<Integration>> Named(PlanInputs inputs, PlanAnswers answers) =>
        answers.Resolve(QuestionIds.RiskyIntegrations)?.IsDefault != false
            ? []
            : answers.Items(QuestionIds.RiskyIntegrations)
                .Where(n => n.Length > 0 && !inputs.Integrations.Any(i => string.Equals(QuestionnaireBuilder.Key(i.Value.Name), QuestionnaireBuilder.Key(n), StringComparison.OrdinalIgnoreCase)))
                .Select(n => new Sourced<Integration>(new Integration(Prose.Short(n, 60), IntegrationKind.ExternalApi, 0, 1), DocumentKind.Prd, 0))
                .ToList();

    /// <summary>
    /// The data model of the store the project owns. A service migrates its schema as it is released; an app creates
    /// its local database on first start, and a first version has no earlier schema to migrate from.
    /// </summary>
    private static WorkDraft? Schema(Sourced<Integration>? store, IReadOnlyList<Sourced<DataEntity>> tables, ProjectKind kind)
    {
        if (store is null && tables.Count == 0)
        {
            return null;
        }

        var storeName = store?.Value.Name.Trim();
        // Tables are names in code, and the first one's line is where the documents' data model is.
        var names = tables.Select(t => $"`{t.Value.Name.Trim()}`").ToList();
        var specified = tables.Count > 0 ? $"as specified ({tables.OrderBy(t => t.Document).ThenBy(t => t.Line).First().Where})" : string.Empty;
        var app = kind == ProjectKind.App;
        var item = new WorkDraft("schema", WorkKind.DataStore, (storeName, app) switch
        {
            (null, true) => "Data model",
            (null, false) => "Data model and migrations",
            (_, true) => $"{storeName} data model",
            _ => $"{storeName} schema and migrations",
        }, WorkTrigger.FirstOf(tables.Select(t => WorkTrigger.Of(t, $"table {t.Value.Name.Trim()}")).Append(store is null ? WorkTrigger.StandardPractice : new WorkTrigger(store.Where))))
        {
            Hours = Estimates.Schema(tables.Count),
        };
        if (store is not null)
        {
            item.Trace(TraceText.Integration(store.Value));
        }

        foreach (var table in tables)
        {
            item.Trace(TraceText.Table(table.Value));
        }

        var where = storeName ?? "the database";
        if (app)
        {
            item.Tasks.Add(names.Count > 0 ? $"Entities for {Prose.JoinSome(names, 8)} {specified}" : $"Entities for what the TRD keeps in {where}");
            item.Tasks.Add(names.Count > 0 ? $"Data access layer for {Prose.JoinSome(names, 8)}" : "Data access layer for those entities");
            item.Criteria.Add($"The app creates its {where} database on first start and reopens it with the data intact");
        }
        else if (names.Count > 0)
        {
            item.Tasks.Add($"Migrations creating {Prose.JoinSome(names, 8)} {specified}");
            item.Tasks.Add($"Data access layer for {Prose.JoinSome(names, 8)}");
            item.Criteria.Add($"Migrations create {Prose.JoinSome(names, 8)} on an empty {where} and are repeatable");
        }
        else
        {
            item.Tasks.Add($"Schema and migrations for {where} as the TRD describes the data");
            item.Criteria.Add($"The service runs its migrations against an empty {where}");
        }

        item.Tasks.Add($"Data access tests against a real {where}");
        item.Deliverables.Add($"Migrations and data access layer for {where} merged");
        item.Criteria.Add($"Data access tests pass against a real {where} in CI");
        return item;
    }

    private static WorkDraft Store(Sourced<Integration> store, IReadOnlyList<Sourced<DocumentPiece>> lines, bool cache, WorkTrigger trigger, string subject)
    {
        var name = store.Value.Name.Trim();
        var item = new WorkDraft("store:" + name.ToLowerInvariant(), WorkKind.DataStore, $"{name} setup", trigger) { Hours = Estimates.SecondaryStore };
        item.Trace(TraceText.Integration(store.Value));
        item.Tasks.Add($"Connection, configuration and health check for {name}");
        // What the TRD says it keeps there, else the layout it needs.
        item.Tasks.AddRange(lines.Count > 0
            ? lines.Select(l => TrdQuotes.Task(name, l))
            : [cache ? $"Key layout and expiry for what the TRD keeps in {name}" : $"Collections or keys for what the TRD keeps in {name}"]);
        item.Deliverables.Add($"{name} client wired into {subject}");
        item.Criteria.Add($"{Prose.Sentence(subject)} uses {name} locally and in CI, and reports it in its health check");
        return item;
    }

    private static WorkDraft Authentication(Sourced<Integration> provider, PlanInputs inputs, Sourced<ApiEndpoint>? demoEndpoint, WorkTrigger trigger)
    {
        var name = provider.Value.Name.Trim();
        var item = new WorkDraft("auth:" + name.ToLowerInvariant(), WorkKind.Authentication, $"Authentication with {name}", trigger) { Hours = Estimates.Authentication };
        item.Trace(TraceText.Integration(provider.Value));
        item.Tasks.Add($"Middleware that validates tokens with {name}");
        item.Tasks.Add(inputs.Endpoints.Count > 0
            ? $"Permission checks on each of the {Prose.Number(inputs.Endpoints.Count)} endpoints"
            : "Permission checks on every entry point");
        item.Tasks.Add("Tests for missing, expired and insufficient credentials");
        item.Deliverables.Add($"{name} authentication middleware merged");
        item.Criteria.Add("Requests without a valid token are refused");
        item.Criteria.Add("Each endpoint enforces its own permission");
        if (demoEndpoint is not null)
        {
            var demo = CurlDemo.For(demoEndpoint.Value, "Refused without a token", authenticated: false);
            item.Demos.Add(demo with { Commands = demo.Commands.Replace("curl ", "curl -i ", StringComparison.Ordinal) });
        }

        return item;
    }

    private static WorkDraft Prototype(Sourced<Integration> integration, WorkTrigger trigger, string subject)
    {
        var name = integration.Value.Name.Trim();
        var item = new WorkDraft("prototype:" + name.ToLowerInvariant(), WorkKind.Prototype, $"{name} prototype", trigger) { Hours = Estimates.Prototype };
        item.Trace(TraceText.Integration(integration.Value));
        item.Tasks.Add($"Spike against a test environment of {name}: credentials, the calls this product needs, their errors");
        item.Tasks.Add($"Measure {name}'s latency and limits (rate limits, payload sizes) and record them in the risk table");
        item.Deliverables.Add($"{name} prototype and findings note");
        item.Criteria.Add($"A call to {name} succeeds from {subject} in a test environment");
        item.Criteria.Add($"{name}'s limits are written down before phase 2 builds on them");
        return item;
    }

    private static WorkDraft Integration(Sourced<Integration> integration, IReadOnlyList<Sourced<DocumentPiece>> lines, bool prototyped, WorkTrigger trigger)
    {
        var name = integration.Value.Name.Trim();
        var broker = integration.Value.Kind == IntegrationKind.MessageBroker;
        var item = new WorkDraft("integration:" + name.ToLowerInvariant(), WorkKind.Integration, broker ? $"{name} messaging" : $"{name} integration", trigger)
        {
            Hours = prototyped ? Estimates.IntegrationAfterPrototype : Estimates.Integration,
        };
        item.Trace(TraceText.Integration(integration.Value));
        if (broker)
        {
            item.Tasks.Add($"Publish and consume through {name} with retries, dead-lettering and idempotent handlers");
            item.Tasks.Add($"Integration tests against a real {name}");
            item.Deliverables.Add($"{name} producers and consumers merged");
            item.Criteria.Add("Messages survive a consumer restart without loss or duplicate effects");
        }
        else
        {
            item.Tasks.Add(prototyped
                ? $"Turn the {name} prototype into a client with timeouts, retries and a circuit breaker"
                : $"Client for {name} with timeouts, retries and a circuit breaker");
            item.Tasks.Add($"Contract tests against a {name} test environment");
            item.Deliverables.Add($"{name} client merged with contract tests");
            Said(item, name, lines, 0);
        }

        return item;
    }

    /// <summary>
    /// What the TRD says of the system, as tasks at <paramref name="at"/> and as the criteria it is accepted on (how it
    /// fails or is limited first, a line of code last); only when it says nothing, the failure handling every client needs.
    /// </summary>
    private static void Said(WorkDraft item, string name, IReadOnlyList<Sourced<DocumentPiece>> lines, int at)
    {
        item.Tasks.InsertRange(at, lines.Select(l => TrdQuotes.Task(name, l)));
        var derived = TrdQuotes.Criteria(name, lines.OrderBy(l => IntegrationLines.Limits(l.Value.Text) ? 0 : l.Value.IsCode ? 2 : 1)).ToList();
        item.Criteria.AddRange(derived.Count > 0 ? derived : [$"{name} failures are retried and reported without losing work"]);
    }

    private static WorkDraft Absorb(WorkDraft feature, Sourced<Integration> integration, IReadOnlyList<Sourced<DocumentPiece>> lines, bool prototyped)
    {
        var name = integration.Value.Name.Trim();
        feature.Trace(TraceText.Integration(integration.Value));

        // After the feature's first task (its first piece of content), when it has one.
        var client = Math.Min(1, feature.Tasks.Count);
        feature.Tasks.Insert(client, prototyped
            ? $"Build on the {name} prototype: client with timeouts, retries and a circuit breaker"
            : $"Client for {name} with timeouts, retries and a circuit breaker");
        Said(feature, name, lines, client + 1);
        feature.Hours += prototyped ? Estimates.IntegrationAfterPrototype : Estimates.Integration;
        return feature;
    }

    private static bool IsAny(string name, string[] fragments) =>
        fragments.Any(f => name.Contains(f, StringComparison.OrdinalIgnoreCase));
}
