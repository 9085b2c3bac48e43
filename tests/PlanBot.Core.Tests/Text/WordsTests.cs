using PlanBot.Core.Text;

namespace PlanBot.Core.Tests.Text;

public sealed class WordsTests
{
    [Theory]
    [InlineData(new int[0], -1)]
    [InlineData(new[] { 1 }, -1)]
    [InlineData(new[] { 2 }, 0)]
    [InlineData(new[] { 3, 2 }, 0)]
    [InlineData(new[] { 1, 4, 2 }, 1)]
    [InlineData(new[] { 3, 3 }, -1)]
    [InlineData(new[] { 2, 5, 5 }, -1)]
    [InlineData(new[] { 3, 3, 5 }, 2)]
    public void The_candidate_sharing_the_most_words_stands_out_only_with_two_or_more_and_no_tie(int[] shared, int expected) =>
        Assert.Equal(expected, Words.MostShared(shared));
}
