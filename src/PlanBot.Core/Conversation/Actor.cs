namespace PlanBot.Core.Conversation;

/// <summary>Who did something on GitHub: a login, and whether it is a bot (another App, or PlanBot itself).</summary>
public sealed record Actor(string Login, bool IsBot);
