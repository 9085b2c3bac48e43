namespace PlanBot.Core.Tests.Conversation.Fakes;

public sealed record FakeComment(long Id, int Issue, string Body, string Author);
