namespace PlanBot.Core.Conversation.Commands;

/// <summary>A known command used wrongly (<c>/planbot answer</c> without a value), with the usage to show.</summary>
public sealed record CommandProblem(CommandKind Kind, string Message, int Line);
