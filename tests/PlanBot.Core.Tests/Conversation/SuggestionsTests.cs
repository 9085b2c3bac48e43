using PlanBot.Core.Text;

namespace PlanBot.Core.Tests.Conversation;

public sealed class SuggestionsTests
{
    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    public void Distance_is_levenshtein(string a, string b, int expected) => Assert.Equal(expected, Suggestions.Distance(a, b));

    [Theory]
    [InlineData("team.sise", "team.size")]
    [InlineData("TEAM.SIZE", "team.size")]
    [InlineData("budget", null)]
    public void Closest_only_suggests_near_misses(string input, string? expected) =>
        Assert.Equal(expected, Suggestions.Closest(input, ["team.size", "team.experience", "timeline.start_date"]));
}
