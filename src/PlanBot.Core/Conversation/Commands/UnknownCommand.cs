namespace PlanBot.Core.Conversation.Commands;

/// <summary>A <c>/planbot</c> line whose verb is not a command, with the nearest command when it looks like a typo.</summary>
public sealed record UnknownCommand(string Verb, string? Suggestion, int Line);
