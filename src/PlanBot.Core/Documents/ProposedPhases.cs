namespace PlanBot.Core.Documents;

/// <summary>
/// The phases the documents propose for the work (the PRD's when it has any, else the TRD's), and whether a plan can
/// follow them: at least two, at least one with a length. A roadmap that only names its phases ("Phase 2: Extended HR
/// (Next)") is a list of future versions, not a schedule.
/// </summary>
internal sealed record ProposedPhases(DocumentKind Document, ValueList<SuggestedPhase> Phases)
{
    private const int MinPhases = 2;

    public static ProposedPhases Of(DocumentSet documents) =>
        documents.Prd.Phases.Count > 0 ? new(DocumentKind.Prd, documents.Prd.Phases) : new(DocumentKind.Trd, documents.Trd.Phases);

    public bool Followed => Phases.Count >= MinPhases && Phases.Any(p => p.Weeks is not null);

    /// <summary>"TRD lines 309–321".</summary>
    public string Where => Phases.Count == 0 ? Source.Name(Document)
        : Phases[0].Line == Phases[^1].Line ? Source.Describe(Document, Phases[0].Line)
        : $"{Source.Name(Document)} lines {Phases[0].Line}–{Phases[^1].Line}";
}
