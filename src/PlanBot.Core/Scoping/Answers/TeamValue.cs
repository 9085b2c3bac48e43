namespace PlanBot.Core.Scoping.Answers;

/// <summary>"4", "3 backend + 1 QA", "2 Go devs, 1 SRE": <see cref="Size"/> is the head count.</summary>
public sealed record TeamValue(int Size, ValueList<TeamRole> Roles) : AnswerValue
{
    public override string Display => Roles.Count == 0
        ? $"{Size} {(Size == 1 ? "person" : "people")}"
        : $"{Size} {(Size == 1 ? "person" : "people")} ({string.Join(", ", Roles.Select(r => $"{r.Count} {r.Role}"))})";
}
