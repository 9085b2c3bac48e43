using Microsoft.Extensions.Logging;
using PlanBot.Core.Conversation;

namespace PlanBot.GitHub.Conversation;

internal static partial class ConversationLog
{
    [LoggerMessage(3001, LogLevel.Information, "Delivery {DeliveryId} for {Session}: {Outcome} ({Reason})")]
    public static partial void Handled(ILogger logger, string deliveryId, string session, ConversationOutcome outcome, string reason);

    [LoggerMessage(3002, LogLevel.Warning, "Delivery {DeliveryId} ({Event}.{Action}) dropped: the payload is not what GitHub sends")]
    public static partial void Malformed(ILogger logger, string deliveryId, string @event, string? action, Exception exception);
}
