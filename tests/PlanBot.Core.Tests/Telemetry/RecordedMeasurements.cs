using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using PlanBot.Core.Telemetry;

namespace PlanBot.Core.Tests.Telemetry;

/// <summary>
/// Every measurement made on the <c>PlanBot</c> meter of one <see cref="IMeterFactory"/> (one test's services, or a
/// factory of its own), so parallel tests never see each other's.
/// </summary>
public sealed class RecordedMeasurements : IDisposable
{
    private readonly IMeterFactory scope;
    private readonly IDisposable? ownedScope;
    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<(string Instrument, string Unit, double Value, KeyValuePair<string, string?>[] Tags)> measurements = new();

    /// <param name="scope">The services' factory; a factory of its own when null.</param>
    public RecordedMeasurements(IMeterFactory? scope = null)
    {
        if (scope is null)
        {
            var owned = new ScopedMeterFactory();
            ownedScope = owned;
            scope = owned;
        }

        this.scope = scope;
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == PlanBotTelemetry.Name && ReferenceEquals(instrument.Meter.Scope, this.scope))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        listener.Start();
    }

    /// <summary>A telemetry on the recorded factory's meter.</summary>
    public PlanBotTelemetry Telemetry => field ??= new PlanBotTelemetry(scope);

    /// <summary>Every measurement, in order, as <c>name unit value tag=value…</c>.</summary>
    public IReadOnlyList<string> All => measurements
        .Select(m => string.Join(' ', new[] { m.Instrument, m.Unit, m.Value.ToString(CultureInfo.InvariantCulture) }.Concat(m.Tags.Select(t => $"{t.Key}={t.Value}"))))
        .ToArray();

    /// <summary>The sum of <paramref name="instrument"/>'s measurements whose tags include <paramref name="tags"/>.</summary>
    public double Sum(string instrument, params (string Name, string Value)[] tags) =>
        measurements
            .Where(m => m.Instrument == instrument && tags.All(tag => m.Tags.Any(t => t.Key == tag.Name && t.Value == tag.Value)))
            .Sum(m => m.Value);

    public void Dispose()
    {
        listener.Dispose();
        ownedScope?.Dispose();
    }

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        measurements.Enqueue((
            instrument.Name,
            instrument.Unit ?? string.Empty,
            value,
            tags.ToArray().Select(t => KeyValuePair.Create(t.Key, Convert.ToString(t.Value, CultureInfo.InvariantCulture))).ToArray()));

    private sealed class ScopedMeterFactory : IMeterFactory
    {
        private readonly List<Meter> created = [];

        public Meter Create(MeterOptions options)
        {
            var meter = new Meter(options.Name, options.Version, options.Tags, scope: this);
            created.Add(meter);
            return meter;
        }

        public void Dispose() => created.ForEach(meter => meter.Dispose());
    }
}
