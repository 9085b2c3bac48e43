namespace PlanBot.Core.Documents;

/// <summary>
/// The kind of project the plan is for, with the line that shows it. A phrase decides only where the documents agree
/// with it: an app, library or tool whose TRD defines no API of its own (a service that embeds "a library inside the
/// worker" is still a service), a change where the documents say it extends what exists. Otherwise a new service.
/// </summary>
internal sealed record ProjectKindDecision(ProjectKind Kind, string? Where, string Evidence)
{
    /// <summary>An app's TRD names at most a couple of endpoints (those it calls); a service defines its own API.</summary>
    private const int AppEndpoints = 2;

    /// <summary>The team chose the kind in its answer to <c>scope.kind</c>, rather than leaving it to the documents.</summary>
    public bool Answered { get; init; }

    /// <summary>A service is deployed and operated by the team; a library, tool or app is released to its users instead.</summary>
    public bool Deployed => Kind is ProjectKind.NewService or ProjectKind.ServiceChange;

    public static ProjectKindDecision Decide(DocumentSet documents)
    {
        var endpoints = documents.Trd.Endpoints.Count;
        var trd = documents.Trd.Signals.Select(s => Shown(s, DocumentKind.Trd)).ToList();
        var both = trd.Concat(documents.Prd.Signals.Select(s => Shown(s, DocumentKind.Prd))).ToList();
        static ProjectKindDecision? First(IEnumerable<ProjectKindDecision> found, ProjectKind kind) => found.FirstOrDefault(d => d.Kind == kind);

        return (endpoints <= AppEndpoints ? First(trd, ProjectKind.App) : null)
            ?? (endpoints == 0 ? First(both, ProjectKind.Library) ?? First(both, ProjectKind.Tool) : null)
            ?? First(both, ProjectKind.ServiceChange)
            ?? (documents.Trd.Endpoints.FirstOrDefault() is { } endpoint
                ? new ProjectKindDecision(ProjectKind.NewService, Source.Describe(DocumentKind.Trd, endpoint.Line), $"the TRD defines its API ({endpoint.Method} {endpoint.Path})")
                : new ProjectKindDecision(ProjectKind.NewService, null, "no sign of a library, tool, app or change to an existing service"));
    }

    private static ProjectKindDecision Shown(ProjectSignal signal, DocumentKind document) =>
        new(signal.Kind, Source.Describe(document, signal.Line), signal.Evidence);
}
