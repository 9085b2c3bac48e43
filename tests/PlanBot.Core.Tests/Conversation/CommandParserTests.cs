using CsCheck;
using PlanBot.Core.Conversation.Commands;

namespace PlanBot.Core.Tests.Conversation;

public sealed class CommandParserTests
{
    [Theory]
    [InlineData("/planbot help", CommandKind.Help)]
    [InlineData("/planbot", CommandKind.Help)]
    [InlineData("  /PlanBot STATUS  ", CommandKind.Status)]
    [InlineData("/planbot generate", CommandKind.Generate)]
    [InlineData("/planbot publish", CommandKind.Publish)]
    [InlineData("/planbot reset", CommandKind.Reset)]
    [InlineData("/planbot skip risk.unknowns", CommandKind.Skip)]
    public void Finds_a_command_on_its_own_line(string line, CommandKind expected)
    {
        var parsed = CommandParser.Parse($"Thanks!\n{line}\nMore text.");

        var command = Assert.Single(parsed.Commands);
        Assert.Equal(expected, command.Kind);
        Assert.Equal(2, command.Line);
    }

    [Fact]
    public void Answer_keeps_the_spaces_of_its_value()
    {
        var command = Assert.Single(CommandParser.Parse("/planbot answer team.size 3 backend + 1 QA").Commands);

        Assert.Equal(CommandKind.Answer, command.Kind);
        Assert.Equal(["team.size", "3 backend + 1 QA"], command.Arguments.ToArray());
    }

    [Fact]
    public void Regenerate_reads_the_force_flag()
    {
        Assert.True(Assert.Single(CommandParser.Parse("/planbot regenerate --force").Commands).Force);
        Assert.False(Assert.Single(CommandParser.Parse("/planbot regenerate").Commands).Force);
    }

    [Theory]
    [InlineData("```\n/planbot generate\n```")]
    [InlineData("~~~text\n/planbot generate\n~~~")]
    [InlineData("> /planbot generate")]
    [InlineData("    /planbot generate")]
    [InlineData("Please run /planbot generate when ready")]
    [InlineData("/planbotgenerate")]
    [InlineData("")]
    public void Ignores_commands_in_code_quotes_and_prose(string body) =>
        Assert.True(CommandParser.Parse(body).IsEmpty);

    [Fact]
    public void A_fence_closes_only_with_its_own_marker()
    {
        var parsed = CommandParser.Parse("```\n~~~\n/planbot reset\n```\n/planbot status");

        Assert.Equal(CommandKind.Status, Assert.Single(parsed.Commands).Kind);
    }

    [Theory]
    [InlineData("/planbot genrate", "generate")]
    [InlineData("/planbot stauts", "status")]
    [InlineData("/planbot publsh", "publish")]
    [InlineData("/planbot deploy-everything-now", null)]
    public void Unknown_verbs_get_a_suggestion_when_close(string line, string? suggestion)
    {
        var unknown = Assert.Single(CommandParser.Parse(line).Unknown);

        Assert.Equal(suggestion, unknown.Suggestion);
    }

    [Theory]
    [InlineData("/planbot answer team.size", CommandKind.Answer)]
    [InlineData("/planbot skip", CommandKind.Skip)]
    [InlineData("/planbot skip a b", CommandKind.Skip)]
    [InlineData("/planbot regenerate now", CommandKind.Regenerate)]
    public void Misused_commands_are_problems_with_usage(string line, CommandKind kind)
    {
        var parsed = CommandParser.Parse(line);

        Assert.Empty(parsed.Commands);
        var problem = Assert.Single(parsed.Problems);
        Assert.Equal(kind, problem.Kind);
        Assert.Contains("`/planbot", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CommandKind.Generate, true)]
    [InlineData(CommandKind.Regenerate, true)]
    [InlineData(CommandKind.Publish, true)]
    [InlineData(CommandKind.Reset, true)]
    [InlineData(CommandKind.Help, false)]
    [InlineData(CommandKind.Status, false)]
    [InlineData(CommandKind.Answer, false)]
    [InlineData(CommandKind.Skip, false)]
    public void Only_plan_changing_commands_need_write_permission(CommandKind kind, bool writes) =>
        Assert.Equal(writes, new BotCommand(kind, PlanBot.Core.ValueList<string>.Empty, false, 1).Writes);

    [Fact]
    public void Several_commands_in_one_comment_are_all_found_in_order()
    {
        var parsed = CommandParser.Parse("/planbot answer team.size 4\r\n/planbot skip risk.unknowns\r\n/planbot generate");

        Assert.Equal([CommandKind.Answer, CommandKind.Skip, CommandKind.Generate], parsed.Commands.Select(c => c.Kind).ToArray());
    }

    [Fact]
    public void Random_comments_never_throw() =>
        Gen.String[Gen.Char["/planbot answerskipgenrt-\n >`~ \r"], 0, 400]
            .Sample(body => CommandParser.Parse(body).Commands.All(c => c.Line >= 1), iter: 2000);
}
