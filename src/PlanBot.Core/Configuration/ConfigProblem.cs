namespace PlanBot.Core.Configuration;

/// <summary>A bad line of <c>.github/planbot.yml</c>: its number, the line as written, and what is wrong.</summary>
public sealed record ConfigProblem(int Line, string Text, string Message)
{
    public override string ToString() => Line > 0 ? $"line {Line}: `{Text}`: {Message}" : Message;
}
