using PlanBot.Core.Documents;

namespace PlanBot.Core.Planning.Inputs;

/// <summary>
/// The kind of project the plan is for, with the line that shows it. A phrase decides only where the documents agree
/// with it: an app, library or tool whose TRD defines no API of its own (a service that embeds "a library inside the
/// worker" is still a service), a change where the documents say it extends what exists. Otherwise a new service.
/// </summary>
internal sealed record ProjectKindDecision(ProjectKind Kind, string? Where, string Evidence)
{
    /// <summary>An app's TRD names at most a couple of endpoints (those it calls); a service defines its own API.</summary>
    private const int AppEndpoints = 2;

    public static ProjectKindDecision Decide(DocumentSet documents)
    {
        var endpoints = documents.Trd.Endpoints.Count;
        var signals = documents.Trd.Signals.Select(s => (Signal: s, Document: DocumentKind.Trd))
            .Concat(documents.Prd.Signals.Select(s => (Signal: s, Document: DocumentKind.Prd)))
            .ToList();
        (ProjectSignal Signal, DocumentKind Document)? Found(ProjectKind kind, bool trdOnly = false) =>
            signals.Where(s => s.Signal.Kind == kind && (!trdOnly || s.Document == DocumentKind.Trd)).Cast<(ProjectSignal, DocumentKind)?>().FirstOrDefault();

        var found = (endpoints <= AppEndpoints ? Found(ProjectKind.App, trdOnly: true) : null)
            ?? (endpoints == 0 ? Found(ProjectKind.Library) ?? Found(ProjectKind.Tool) : null)
            ?? Found(ProjectKind.ServiceChange);
        if (found is { } shown)
        {
            return new ProjectKindDecision(shown.Signal.Kind, Source.Describe(shown.Document, shown.Signal.Line), shown.Signal.Evidence);
        }

        return documents.Trd.Endpoints.FirstOrDefault() is { } endpoint
            ? new ProjectKindDecision(ProjectKind.NewService, Source.Describe(DocumentKind.Trd, endpoint.Line), $"the TRD defines its API ({endpoint.Method} {endpoint.Path})")
            : new ProjectKindDecision(ProjectKind.NewService, null, "no sign of a library, tool, app or change to an existing service");
    }
}
