using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace PlanBot.Integration.Tests.GitHub;

/// <summary>Measurements of the <c>PlanBot</c> meter created by one <see cref="IMeterFactory"/> (one test's services).</summary>
public sealed class RecordedMetrics : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, string?> Tags)> measurements = new();

    public RecordedMetrics(IMeterFactory scope)
    {
        listener.InstrumentPublished = (instrument, meterListener) =>
        {
            if (instrument.Meter.Name == PlanBot.GitHub.GitHubMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, scope))
            {
                meterListener.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        listener.Start();
    }

    /// <summary>The sum of <paramref name="instrument"/>'s measurements whose tags include <paramref name="tags"/>.</summary>
    public double Sum(string instrument, params (string Name, string Value)[] tags) =>
        measurements.Where(m => m.Instrument == instrument && tags.All(tag => m.Tags.GetValueOrDefault(tag.Name) == tag.Value)).Sum(m => m.Value);

    public void Dispose() => listener.Dispose();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        measurements.Enqueue((instrument.Name, value, tags.ToArray().ToDictionary(tag => tag.Key, tag => tag.Value?.ToString())));
}
