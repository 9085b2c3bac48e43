using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;
using Xunit;

namespace PlanBot.Core.Tests.Scoping;

/// <summary>Comment body in, raw answers out ("id=raw@source" lines, in order).</summary>
public sealed class AnswerReaderTests
{
    private static readonly Questionnaire Questions = new QuestionnaireBuilder().Build(SampleDocuments.Set);

    public static TheoryData<string, string[]> Comments => new()
    {
        // The fill-in block, fenced as the bot posts it, with comments and empty values.
        {
            "Here you go:\n\n```yaml\n# How many people? (required; default: 3)\nteam.size: 3 backend + 1 QA\nteam.experience: \ntimeline.deadline: end of Q1 2027   # hard date\n```\n",
            ["team.size=3 backend + 1 QA@FillInBlock", "timeline.deadline=end of Q1 2027@FillInBlock"]
        },

        // Unfenced lines, ids in any case, a quoted YAML value.
        { "TEAM.SIZE: 4\nteam.hours_per_week: \"30h each\"", ["team.size=4@FillInBlock", "team.hours_per_week=30h each@FillInBlock"] },

        // Unknown ids come back too; prose with a colon does not.
        { "Note: we are busy.\ne.g.: nothing\nteam.sise: 4", ["team.sise=4@FillInBlock"] },
        { "```\nteam.size: 4\nfoo.bar: baz\n```", ["team.size=4@FillInBlock", "foo.bar=baz@FillInBlock"] },

        // A list continued on the following lines of the block.
        { "```yaml\ntimeline.dependencies:\n  - bank sandbox access\n  - legal review\nrisk.unknowns: none\n```", ["timeline.dependencies=- bank sandbox access\n- legal review@FillInBlock", "risk.unknowns=none@FillInBlock"] },

        // Code blocks in another language are not answers.
        { "```go\nteam.size: 4\n```", [] },

        // Quote replies: the quoted question line (with the bot's markup) or its prompt, then the answer.
        { "> **⬜ `team.size`** (required) — How many people will build this, and in which roles?\n\nTwo Go devs and one SRE", ["team.size=Two Go devs and one SRE@QuoteReply"] },
        { "> When does development start?\n\nJanuary 4, 2027\n\n> Is there a business deadline for the first release?\n\n12 weeks", ["timeline.start_date=January 4, 2027@QuoteReply", "timeline.deadline=12 weeks@QuoteReply"] },
        { "> team.size: \n4 people", ["team.size=4 people@QuoteReply"] },
        { "> I think this is great\n\nThanks!", [] },
        { "> many hours a week can each\n\n30", ["team.hours_per_week=30@QuoteReply"] },
        { "> When does development start?\n> Which quality gates must every change to the service pass?\n\nsoon", [] },
        { "> **⬜ `team.size`** (required) — How many people?\n> **⬜ `team.experience`** (optional)\n\nLooks good to me", [] },

        // Commands, alone on their line and not in a quote or a code block.
        { "/planbot answer team.size 4\n/planbot answer timeline.deadline end of Q1 2027", ["team.size=4@Command", "timeline.deadline=end of Q1 2027@Command"] },
        { "  /PlanBot Answer Team.Size   5 people  ", ["team.size=5 people@Command"] },
        { "Please run `/planbot answer team.size 4` later", [] },
        { "```\n/planbot answer team.size 4\n```", [] },
        { "> /planbot answer team.size 4", [] },
        { "/planbot answer team.size", [] },

        // Checkboxes of the bot's comment, with no state marker: every question with boxes is read.
        {
            "- [x] FR-001 <!-- planbot:choice:scope.mvp:FR-001 -->\n- [ ] FR-002 <!-- planbot:choice:scope.mvp:FR-002 -->\n- [X] FR-003 <!-- planbot:choice:scope.mvp:FR-003 -->\n- [ ] Midaz <!-- planbot:choice:risk.integrations:Midaz -->",
            ["scope.mvp=FR-001, FR-003@Checkbox", "risk.integrations=none@Checkbox"]
        },

        // With the state marker, only questions whose boxes changed are read.
        {
            "- [x] FR-001 <!-- planbot:choice:scope.mvp:FR-001 -->\n- [x] FR-002 <!-- planbot:choice:scope.mvp:FR-002 -->\n\n<!-- planbot:choices:scope.mvp:FR-001 -->\n- [x] Midaz <!-- planbot:choice:risk.integrations:Midaz -->\n\n<!-- planbot:choices:risk.integrations:Midaz -->",
            ["scope.mvp=FR-001, FR-002@Checkbox"]
        },

        // Every form in one comment, in order.
        {
            "team.size: 4\n\n> How many hours a week can each person spend on it?\n\nfull time\n\n/planbot answer team.domain_experts yes, Ana knows Midaz",
            ["team.size=4@FillInBlock", "team.hours_per_week=full time@QuoteReply", "team.domain_experts=yes, Ana knows Midaz@Command"]
        },
    };

    [Theory]
    [MemberData(nameof(Comments))]
    public void Finds_answers(string comment, string[] expected)
    {
        var found = new AnswerReader().Read(comment, Questions);

        Assert.Equal(expected, found.Select(a => $"{a.QuestionId}={a.Raw}@{a.Source}"));
    }

    [Fact]
    public void Windows_line_endings_read_the_same()
    {
        var reader = new AnswerReader();

        Assert.Equal(
            reader.Read("```yaml\nteam.size: 4\n```\n/planbot answer scope.mvp FR-001", Questions),
            reader.Read("```yaml\r\nteam.size: 4\r\n```\r\n/planbot answer scope.mvp FR-001", Questions));
    }
}
