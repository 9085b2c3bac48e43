using PlanBot.Cli.Input;
using Xunit;

namespace PlanBot.Core.Tests.Cli;

public sealed class TemplateInputTests
{
    [Theory]
    [InlineData("'{% endif %}' was expected at (3:1)", "plan.liquid:3:1: template error: '{% endif %}' was expected at (3:1)")]
    [InlineData("Unknown variable 'plan.nme'\nat line 12", "plan.liquid: template error: Unknown variable 'plan.nme' at line 12")]
    public void Errors_are_one_line_with_the_position_in_front_when_known(string error, string expected) =>
        Assert.Equal(expected, TemplateInput.Describe("plan.liquid", error));
}
