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

    [Theory]
    [InlineData("Payslip emails are sent", "payslip email sent")]
    [InlineData("预算卡片", "预算 算卡 卡片")]
    [InlineData("顶部突出预算卡片及进度", "顶部 部突 突出 出预 预算 算卡 卡片 片及 及进 进度")]
    [InlineData("AI 智能识别 JSON", "智能 能识 识别")]
    [InlineData("在Room中保存", "room 中保 保存")]
    public void Ideographs_are_read_as_overlapping_pairs_and_other_words_as_stems(string text, string expected) =>
        Assert.Equal(expected, string.Join(' ', Words.Stems(text)));
}
