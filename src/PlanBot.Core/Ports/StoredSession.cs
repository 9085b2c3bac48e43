using PlanBot.Core.Conversation;

namespace PlanBot.Core.Ports;

/// <summary>A session as read from the store, with the ETag a save must present to replace it.</summary>
public sealed record StoredSession(PlanningSession Session, string ETag);
