using System.Text.Json.Serialization;

namespace PlanBot.Core.Conversation;

/// <summary>
/// Work decided while applying a delivery and saved with the session in the same write, then done afterwards: a retry
/// after a crash finds it still pending instead of losing it. <see cref="Id"/> is the delivery id and a counter.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(ReplyItem), "reply")]
[JsonDerivedType(typeof(DecisionItem), "decision")]
[JsonDerivedType(typeof(PublishItem), "publish")]
public abstract record OutboxItem(string Id, WorkClaim Claim);
