namespace PlanBot.Core.Conversation;

/// <summary>
/// Which delivery took on a piece of work (creating a comment, writing the plan, posting a reply) and when. Only that
/// delivery does it, so two deliveries processed at once never both create the comment; if it never finishes (its
/// retries ran out), anyone may take the work over once the claim is stale.
/// </summary>
public sealed record WorkClaim(string DeliveryId, DateTimeOffset At)
{
    public bool Allows(string deliveryId, DateTimeOffset now, TimeSpan staleAfter) =>
        string.Equals(DeliveryId, deliveryId, StringComparison.Ordinal) || now - At >= staleAfter;
}
