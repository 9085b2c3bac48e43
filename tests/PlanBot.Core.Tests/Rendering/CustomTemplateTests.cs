using PlanBot.Core.Rendering;
using PlanBot.Core.Tests.Planning;

namespace PlanBot.Core.Tests.Rendering;

/// <summary>A repository's own template: same view, strict variables, errors with their position.</summary>
public sealed class CustomTemplateTests
{
    private static readonly PlanBot.Core.Planning.ImplementationPlan Plan = Plans.Sample();
    private readonly PlanRenderer renderer = new();

    [Fact]
    public void A_custom_template_sees_the_same_escaped_plan()
    {
        var markdown = renderer.Render(Plan, "# {{ plan.title }}\r\n{% for phase in plan.phases %}- {{ phase.name }}: {{ phase.weeks.size }} weeks\r\n{% endfor %}\r\n\r\n\r\n");

        Assert.Equal("# Payments Reconciliation Plugin\n- Foundation and must-haves: 2 weeks\n- Must-haves and integrations: 2 weeks\n- Integrations, production readiness and nice-to-haves: 2 weeks\n- Nice-to-haves and launch: 1 weeks\n", markdown);
    }

    [Theory]
    [InlineData("# {{ plan.title }}\n{{ plan.nme }}\n", "Unknown variable 'plan.nme' at (2:4)")]
    [InlineData("{% for week in plan.phases[0].weeks %}{{ week.titel }}{% endfor %}", "Unknown variable 'week.titel' at (1:42)")]
    [InlineData("{{ plan.summary.start | date_fmt }}", "Unknown filter 'date_fmt' at (1:25)")]
    [InlineData("{{ unknown }}", "Unknown variable 'unknown' at (1:4)")]
    public void Unknown_variables_and_filters_are_errors_that_name_them(string template, string message)
    {
        var error = Assert.Throws<PlanTemplateException>(() => renderer.Render(Plan, template));

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("# {{ plan.title }}\n{% if plan.title %}\n", "'{% endif %}' was expected at (2:21)")]
    [InlineData("{{ plan.title \n", "(1:")]
    [InlineData("line\nline\n{% for x in %}", "(3:")]
    public void Syntax_errors_give_the_line_and_column(string template, string position)
    {
        var error = Assert.Throws<PlanTemplateException>(() => renderer.Render(Plan, template));

        Assert.Contains(position, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.False(PlanRenderer.TryParse(template, out var parseError));
        Assert.Equal(error.Message, parseError);
    }

    [Fact]
    public void A_runaway_loop_is_stopped()
    {
        var error = Assert.Throws<PlanTemplateException>(() => renderer.Render(Plan, "{% for i in (1..3000) %}{% for j in (1..3000) %}x{% endfor %}{% endfor %}"));

        Assert.Equal("the template ran more than 5,000,000 steps (a loop too long for a plan)", error.Message);
    }

    [Theory]
    [InlineData("{% for i in (1..100000000) %}x{% endfor %}", "a range (1..100000000) longer than 10,000 numbers; a plan needs far fewer")]
    [InlineData("{% assign n = 2000000000 %}{% for i in (0..n) %}x{% endfor %}", "a range (0..2000000000) longer than 10,000 numbers; a plan needs far fewer")]
    public void A_huge_range_is_refused_before_it_is_built(string template, string message)
    {
        var error = Assert.Throws<PlanTemplateException>(() => renderer.Render(Plan, template));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Short_ranges_work()
    {
        Assert.Equal("1 2 3\n", renderer.Render(Plan, "{% for i in (1..plan.phases.size) limit: 3 %}{{ i }}{% unless forloop.last %} {% endunless %}{% endfor %}"));
    }

    [Fact]
    public void The_built_in_template_is_valid_and_parses()
    {
        Assert.True(PlanRenderer.TryParse(PlanRenderer.BuiltInTemplate, out var error), error);
        Assert.Equal(Plans.Render(Plan), renderer.Render(Plan, PlanRenderer.BuiltInTemplate));
    }
}
