namespace PlanBot.Core.Documents;

/// <summary>Flags what a reviewer would, against the LerianStudio PRD and TRD structures. Helpful, never blocking.</summary>
public sealed class QualityReviewer
{
    public ValueList<QualityFinding> Review(DocumentSet documents) => throw new NotImplementedException();
}
