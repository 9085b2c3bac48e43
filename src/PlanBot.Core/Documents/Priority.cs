namespace PlanBot.Core.Documents;

/// <summary>Priority normalised from P0–P2, MoSCoW, "critical/high/low" and the like.</summary>
public enum Priority
{
    Unspecified,
    MustHave,
    ShouldHave,
    CouldHave,
    WontHave,
}
