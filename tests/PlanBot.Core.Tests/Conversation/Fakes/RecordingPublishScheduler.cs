using PlanBot.Core.Ports;

namespace PlanBot.Core.Tests.Conversation.Fakes;

public sealed class RecordingPublishScheduler : IPublishScheduler
{
    public List<PublishRequest> Requests { get; } = [];

    public Task ScheduleAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        return Task.CompletedTask;
    }
}
