using System.Collections.Concurrent;
using PlanBot.Core.Ports;

namespace PlanBot.Integration.Tests.Conversation;

public sealed class RecordingPublishScheduler : IPublishScheduler
{
    public ConcurrentQueue<PublishRequest> Requests { get; } = new();

    public Task ScheduleAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        return Task.CompletedTask;
    }
}
