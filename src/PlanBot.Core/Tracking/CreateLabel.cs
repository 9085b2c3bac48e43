namespace PlanBot.Core.Tracking;

public sealed record CreateLabel(DesiredLabel Label) : ChangeOperation
{
    public override string Key => "create-label:" + Label.Name;
}
