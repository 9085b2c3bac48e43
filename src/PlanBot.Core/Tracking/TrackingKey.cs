using System.Globalization;
using System.Text.RegularExpressions;

namespace PlanBot.Core.Tracking;

/// <summary>
/// The identity of a PlanBot-owned object, written into its body as a hidden marker
/// (<c>&lt;!-- planbot:week:7 --&gt;</c>). Objects are found by marker, never by title, so people may rename them.
/// </summary>
public sealed partial record TrackingKey(TrackingKind Kind, int Number)
{
    public static TrackingKey Tracker { get; } = new(TrackingKind.Tracker, 0);

    public static TrackingKey Milestone(int phase) => new(TrackingKind.Milestone, phase);

    public static TrackingKey Phase(int phase) => new(TrackingKind.Phase, phase);

    public static TrackingKey Week(int week) => new(TrackingKind.Week, week);

    public string Marker => $"<!-- planbot:{this} -->";

    public override string ToString() => Kind == TrackingKind.Tracker
        ? "tracker"
        : string.Create(CultureInfo.InvariantCulture, $"{Kind.ToString().ToLowerInvariant()}:{Number}");

    /// <summary>The first PlanBot marker in <paramref name="body"/>, or null when it has none.</summary>
    public static TrackingKey? Find(string? body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return null;
        }

        var match = MarkerPattern().Match(body);
        if (!match.Success)
        {
            return null;
        }

        if (match.Groups["tracker"].Success)
        {
            return Tracker;
        }

        if (!int.TryParse(match.Groups["number"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        return match.Groups["kind"].Value switch
        {
            "milestone" => Milestone(number),
            "phase" => Phase(number),
            _ => Week(number),
        };
    }

    [GeneratedRegex(@"<!--\s*planbot:(?:(?<tracker>tracker)|(?<kind>milestone|phase|week):(?<number>\d{1,9}))\s*-->", RegexOptions.CultureInvariant)]
    private static partial Regex MarkerPattern();
}
