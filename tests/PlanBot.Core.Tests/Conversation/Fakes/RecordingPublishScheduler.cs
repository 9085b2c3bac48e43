using System.Collections.Concurrent;
using PlanBot.Core.Ports;

namespace PlanBot.Core.Tests.Conversation.Fakes;

/// <summary>Publish requests, recorded instead of queued; safe for deliveries processed in parallel.</summary>
public sealed class RecordingPublishScheduler : IPublishScheduler
{
    public ConcurrentQueue<PublishRequest> Requests { get; } = new();

    public Task ScheduleAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        return Task.CompletedTask;
    }
}
