using PlanBot.Core.Tracking;
using Xunit;

namespace PlanBot.Core.Tests.Tracking;

public sealed class TrackingKeyTests
{
    public static TheoryData<string?, TrackingKey?> Bodies => new()
    {
        { "<!-- planbot:week:7 -->\nbody", TrackingKey.Week(7) },
        { "text\n<!--planbot:phase:2-->", TrackingKey.Phase(2) },
        { "<!-- planbot:milestone:12 -->", TrackingKey.Milestone(12) },
        { "<!-- planbot:tracker -->\n<!-- planbot:closed-weeks:1,2 -->", TrackingKey.Tracker },
        { "<!-- planbot:week:3 --> then <!-- planbot:week:4 -->", TrackingKey.Week(3) },
        { "planbot:week:7", null },
        { "<!-- planbot:week:x -->", null },
        { "<!-- planbot:week:99999999999 -->", null },
        { "&lt;!-- planbot:week:7 -->", null },
        { "", null },
        { null, null },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Finds_the_first_marker(string? body, TrackingKey? expected)
    {
        Assert.Equal(expected, TrackingKey.Find(body));
    }

    [Fact]
    public void Markers_round_trip()
    {
        foreach (var key in new[] { TrackingKey.Week(1), TrackingKey.Phase(4), TrackingKey.Milestone(2), TrackingKey.Tracker })
        {
            Assert.Equal(key, TrackingKey.Find(key.Marker));
        }

        Assert.Equal("<!-- planbot:week:7 -->", TrackingKey.Week(7).Marker);
    }
}
