using PlanBot.Core.Ports;

namespace PlanBot.Core.Conversation;

/// <summary>
/// Collects the outbox items one delivery adds in one step (<paramref name="step"/>: applying the delivery, recording a
/// plan), numbering them and claiming them for that delivery.
/// </summary>
public sealed class OutboxWriter(string deliveryId, string step, DateTimeOffset at)
{
    private readonly List<OutboxItem> items = [];

    public ValueList<OutboxItem> Items => items;

    public void Reply(string body) => items.Add(new ReplyItem(NextId(), Claim, body));

    public void Decision(DecisionRecord decision) => items.Add(new DecisionItem(NextId(), Claim, decision));

    public void Publish(PublishRequest request) => items.Add(new PublishItem(NextId(), Claim, request));

    /// <summary>The session with these items appended to its outbox.</summary>
    public PlanningSession AppendTo(PlanningSession session) =>
        items.Count == 0 ? session : session with { Outbox = session.Outbox.Concat(items).ToValueList() };

    private WorkClaim Claim => new(deliveryId, at);

    private string NextId() => $"{deliveryId}:{step}:{items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
