using PlanBot.Core.Rendering;

namespace PlanBot.Core.Tests.Rendering;

public sealed class TemplateErrorLocatorTests
{
    [Theory]
    [InlineData("{{ a.b }}\n{{ a.c.d }}", "Undefined variable 'c'", "Unknown variable 'a.c' at (2:4)")]
    [InlineData("{{ 'x.c' }}{{ y | c }}{{ z.c }}", "Undefined variable 'c'", "Unknown variable 'z.c' at (1:26)")]
    [InlineData("{% if a.list[0].c > 1 %}{% endif %}", "Undefined variable 'c'", "Unknown variable 'a.list.[0].c' at (1:7)")]
    [InlineData("{{ x | upcase | nope: 1 }}", "Undefined filter 'nope'", "Unknown filter 'nope' at (1:17)")]
    [InlineData("{{ x }}", "Undefined variable 'gone'", "Unknown variable 'gone'")]
    [InlineData("{{ x }}", "Something else\nSource:\n{{ x }}", "Something else")]
    public void Names_the_path_and_its_position(string template, string fluid, string expected) =>
        Assert.Equal(expected, TemplateErrorLocator.Describe(template, fluid));
}
