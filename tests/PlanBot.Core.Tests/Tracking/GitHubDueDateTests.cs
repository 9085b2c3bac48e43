using PlanBot.Core.Tracking;
using Xunit;

namespace PlanBot.Core.Tests.Tracking;

public sealed class GitHubDueDateTests
{
    [Fact]
    public void Sends_noon_utc()
    {
        Assert.Equal(new DateTimeOffset(2027, 3, 31, 12, 0, 0, TimeSpan.Zero), GitHubDueDate.ToDueOn(new DateOnly(2027, 3, 31)));
    }

    [Theory]
    [InlineData("2027-03-31T07:00:00Z")]
    [InlineData("2027-03-31T08:00:00Z")]
    [InlineData("2027-03-31T00:00:00Z")]
    [InlineData("2027-03-31T12:00:00Z")]
    [InlineData("2027-03-31T00:00:00-07:00")]
    [InlineData("2027-03-31T00:00:00-08:00")]
    [InlineData("2027-03-31T00:00:00+11:00")]
    [InlineData("2027-03-31T00:00:00+05:30")]
    public void Reads_what_GitHub_returns_for_a_day_as_that_day(string returned)
    {
        Assert.Equal(new DateOnly(2027, 3, 31), GitHubDueDate.ToDate(DateTimeOffset.Parse(returned, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(-12)]
    [InlineData(-8)]
    [InlineData(-7)]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(9)]
    [InlineData(11)]
    public void Every_day_of_a_year_survives_a_round_trip_through_a_zone_storing_local_midnight(int zoneHours)
    {
        var zone = TimeSpan.FromHours(zoneHours);
        for (var day = new DateOnly(2027, 1, 1); day.Year == 2027; day = day.AddDays(1))
        {
            var sent = GitHubDueDate.ToDueOn(day);
            var localDay = DateOnly.FromDateTime(sent.ToOffset(zone).DateTime);
            var stored = new DateTimeOffset(localDay.ToDateTime(TimeOnly.MinValue), zone).ToUniversalTime();

            Assert.Equal(day, GitHubDueDate.ToDate(stored));
        }
    }

    [Fact]
    public void Utc_midnight_would_have_moved_the_day_back_in_Pacific_time()
    {
        var day = new DateOnly(2027, 3, 31);
        var naive = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

        Assert.NotEqual(day, GitHubDueDate.ToDate(FakeRepository.StoredDueOn(naive)));
        Assert.Equal(day, GitHubDueDate.ToDate(FakeRepository.StoredDueOn(GitHubDueDate.ToDueOn(day))));
    }
}
