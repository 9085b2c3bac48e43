using PlanBot.Core.Tracking;
using Xunit;

namespace PlanBot.Core.Tests.Tracking;

public sealed class TaskListTests
{
    [Theory]
    [InlineData("- [ ] a\n- [ ] b", "- [x] b", "- [ ] a\n- [x] b")]
    [InlineData("- [ ] Deploy  API", "* [X] deploy api", "- [x] Deploy  API")]
    [InlineData("- [ ] ping @\u200Dops \\| now", "- [x] ping @ops | now", "- [x] ping @\u200Dops \\| now")]
    [InlineData("- [ ] a", "- [x] a\r\n", "- [x] a")]
    [InlineData("- [ ] a\n- [ ] a", "- [x] a\n- [ ] a", "- [x] a\n- [ ] a")]
    [InlineData("- [x] a\n- [ ] a", "- [x] a", "- [x] a\n- [ ] a")]
    [InlineData("- [ ] gone", "- [x] other", "- [ ] gone")]
    [InlineData("```\n- [ ] a\n```\n- [ ] a", "- [x] a", "```\n- [ ] a\n```\n- [x] a")]
    [InlineData("- [ ] a", "~~~\n- [x] a\n~~~", "- [ ] a")]
    public void Keeps_ticks_by_normalised_text(string desired, string actual, string expected)
    {
        Assert.Equal(expected, TaskList.KeepTicks(desired, actual));
        Assert.Equal(expected, TaskList.KeepTicks(expected, expected));
    }

    [Fact]
    public void Reads_items_outside_code_blocks()
    {
        var items = TaskList.Read("intro\n- [x] one\n  * [ ] two\n````\n- [x] code\n```\n````\n+ [X] three\n- [] not an item");

        Assert.Equal([new("one", true), new("two", false), new("three", true)], items);
    }
}
