namespace PlanBot.Core.Ports;

public enum DecisionKind
{
    Answer,
    Assumption,
    Generation,
}
