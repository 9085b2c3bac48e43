using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using PlanBot.Core.Rendering;
using PlanBot.Core.Tests.Planning;

namespace PlanBot.Core.Tests.Rendering;

/// <summary>A repository's own template, in Liquid or Scriban syntax: same view, strict names, errors with their position, bounded.</summary>
public sealed partial class CustomTemplateTests
{
    private static readonly PlanBot.Core.Planning.ImplementationPlan Plan = Plans.Sample();
    private readonly PlanRenderer renderer = new();

    [Theory]
    [InlineData(TemplateSyntax.Liquid, "# {{ plan.title }}\r\n{% for phase in plan.phases %}- {{ phase.name }}: {{ phase.weeks.size }} weeks\r\n{% endfor %}\r\n\r\n\r\n")]
    [InlineData(TemplateSyntax.Scriban, "# {{ plan.title }}\r\n{{ for phase in plan.phases }}- {{ phase.name }}: {{ phase.weeks.size }} weeks\r\n{{ end }}\r\n\r\n\r\n")]
    public void A_custom_template_sees_the_same_escaped_plan(TemplateSyntax syntax, string template)
    {
        var markdown = renderer.Render(Plan, new PlanTemplate(template, syntax));

        Assert.Equal("# Payments Reconciliation Plugin\n- Foundation and must-haves: 2 weeks\n- Must-haves and integrations: 2 weeks\n- Integrations, production readiness and nice-to-haves: 2 weeks\n- Nice-to-haves and launch: 1 weeks\n", markdown);
    }

    /// <summary>The built-in template of the Fluid renderer, kept as a repository would have copied it.</summary>
    [Fact]
    public void A_Liquid_template_written_for_the_Fluid_renderer_still_renders_the_whole_plan()
    {
        var fluid = new PlanTemplate(File.ReadAllText(DataFile("fluid-plan.liquid")), TemplateSyntax.Liquid);

        var markdown = renderer.Render(Plan, fluid);

        Assert.Equal(Plans.Render(Plan), markdown);
    }

    [Fact]
    public void The_two_examples_of_the_template_guide_write_the_same_plan()
    {
        var guide = File.ReadAllText(DataFile("../../../../docs/plan-template.md"));
        var scriban = Example().Match(guide, guide.IndexOf("```scriban", StringComparison.Ordinal)).Groups[1].Value;
        var liquid = Example().Match(guide, guide.IndexOf("```liquid", StringComparison.Ordinal)).Groups[1].Value;

        var markdown = renderer.Render(Plan, new PlanTemplate(scriban, TemplateSyntax.Scriban));

        Assert.Equal(markdown, renderer.Render(Plan, Liquid(liquid)));
        Assert.Contains("\n### Week 1: ", markdown, StringComparison.Ordinal);
        Assert.Contains("\n\n**Acceptance criteria:**\n- [ ] ", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_template_guide_lists_every_variable()
    {
        var guide = File.ReadAllText(DataFile("../../../../docs/plan-template.md"));
        var names = typeof(PlanBot.Core.Rendering.View.PlanView).Assembly.GetTypes()
            .Where(type => type.Namespace == typeof(PlanBot.Core.Rendering.View.PlanView).Namespace && type.IsPublic)
            .SelectMany(type => type.GetProperties().Select(property => Regex.Replace(property.Name, "(?<=[a-z])([A-Z])", "_$1").ToLowerInvariant()))
            .Distinct();

        Assert.All(names, name => Assert.Matches($@"`(?:[a-z_]+\.)*{name}`", guide));
    }

    [Theory]
    [InlineData("plan.liquid", TemplateSyntax.Liquid)]
    [InlineData(".github/planbot/plan.scriban", TemplateSyntax.Scriban)]
    [InlineData("plan.SBN", TemplateSyntax.Scriban)]
    [InlineData("plan.md", TemplateSyntax.Liquid)]
    public void The_file_name_tells_the_syntax(string path, TemplateSyntax syntax) =>
        Assert.Equal(syntax, PlanTemplate.FromFile(path, "x").Syntax);

    [Theory]
    [InlineData(TemplateSyntax.Liquid, "# {{ plan.title }}\n{{ plan.nme }}\n", "Unknown variable 'plan.nme' at (2:4)")]
    [InlineData(TemplateSyntax.Liquid, "{% for week in plan.phases[0].weeks %}{{ week.titel }}{% endfor %}", "Unknown variable 'week.titel' at (1:42)")]
    [InlineData(TemplateSyntax.Liquid, "{{ plan.phases[0].goal.x }}", "Unknown variable 'plan.phases[0].goal.x' at (1:4)")]
    [InlineData(TemplateSyntax.Liquid, "{{ plan.summary.start | date_fmt }}", "Unknown filter 'date_fmt' at (1:25)")]
    [InlineData(TemplateSyntax.Liquid, "{{ unknown }}", "Unknown variable 'unknown' at (1:4)")]
    [InlineData(TemplateSyntax.Liquid, "{% if plan.title -%}\n  {%- if true -%}  \n  {{ plan.nme }}\n{% endif %}{% endif %}", "Unknown variable 'plan.nme' at (3:6)")]
    [InlineData(TemplateSyntax.Scriban, "{{ for week in plan.phases[0].weeks }}{{ week.titel }}{{ end }}", "Unknown variable 'week.titel' at (1:42)")]
    [InlineData(TemplateSyntax.Scriban, "{{ plan.summary.start | date_fmt }}", "Unknown filter 'date_fmt' at (1:25)")]
    public void Unknown_variables_and_filters_are_errors_that_name_them(TemplateSyntax syntax, string template, string message)
    {
        var error = Assert.Throws<PlanTemplateException>(() => renderer.Render(Plan, new PlanTemplate(template, syntax)));

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData(TemplateSyntax.Liquid, "# {{ plan.title }}\n{% if plan.title %}\n", "Error while parsing if statement: The `endif statement` was not found in: if <expression> ... end|else|else if at (2:4)")]
    [InlineData(TemplateSyntax.Liquid, "{{ plan.title \n", "Invalid token found `\\n`. Expecting <EOL>/end of line at (1:15)")]
    [InlineData(TemplateSyntax.Liquid, "line\nline\n{% for x in %}", "Error while parsing for statement: Expecting <expression> instead of `%}` in: for <variable> in <expression> ... end at (3:13)")]
    [InlineData(TemplateSyntax.Scriban, "line\n{{ for x in plan.phases }}\n", "Error while parsing for statement: The <end> statement was not found in: for <variable> in <expression> ... end at (2:27)")]
    public void Syntax_errors_give_the_line_and_column(TemplateSyntax syntax, string text, string message)
    {
        var template = new PlanTemplate(text, syntax);

        var error = Assert.Throws<PlanTemplateException>(() => renderer.Render(Plan, template));

        Assert.Equal(message, error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.False(PlanRenderer.TryParse(template, out var parseError));
        Assert.Equal(error.Message, parseError);
    }

    [Fact]
    public void A_runaway_loop_is_stopped()
    {
        var error = Assert.Throws<PlanTemplateException>(() => renderer.Render(Plan, Liquid("{% for i in (1..3000) %}{% for j in (1..3000) %}{% endfor %}{% endfor %}")));

        Assert.Equal("the template looped more than 5,000,000 times (a loop too long for a plan) at (1:28)", error.Message);
    }

    [Theory]
    [InlineData("{% for i in (1..100000000) %}x{% endfor %}", "a range longer than 5,000,000 numbers (a plan needs far fewer) at (1:15)")]
    [InlineData("{% assign n = 2000000000 %}{% for i in (0..n) %}x{% endfor %}", "a range longer than 5,000,000 numbers (a plan needs far fewer) at (1:42)")]
    [InlineData("{{ (1..100000000) | join: ',' }}", "a range longer than 5,000,000 numbers (a plan needs far fewer) at (1:6)")]
    public void A_huge_range_is_refused_before_it_is_walked(string template, string message)
    {
        var error = Assert.Throws<PlanTemplateException>(() => renderer.Render(Plan, Liquid(template)));

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("{{ 'x' | string.pad_left 100000000 }}", "a text longer than 33,554,432 characters (far more than any plan) at (1:26)")]
    [InlineData("{{ 'x' * 100000000 }}", "a text longer than 33,554,432 characters (far more than any plan) at (1:10)")]
    public void One_huge_string_is_refused(string template, string message)
    {
        var error = Assert.Throws<PlanTemplateException>(() => renderer.Render(Plan, new PlanTemplate(template, TemplateSyntax.Scriban)));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Output_is_bounded()
    {
        var error = Assert.Throws<PlanTemplateException>(() => renderer.Render(Plan, Liquid("{% for i in (1..4000000) %}{{ plan.title }} {{ plan.summary.business_value }}{% endfor %}")));

        Assert.StartsWith("the template wrote more than 33,554,432 characters (far more than any plan) at (1:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loops_one_after_another_are_bounded_in_time()
    {
        var loops = Liquid(string.Concat(Enumerable.Repeat("{% for i in (1..4000000) %}{% endfor %}", 1000)));

        var error = Assert.Throws<PlanTemplateException>(() => PlanRenderer.Render(PlanBot.Core.Rendering.View.PlanViewBuilder.Build(Plan), loops, TimeSpan.FromMilliseconds(200)));

        Assert.Equal("the template ran longer than 0.2 seconds (a plan renders in milliseconds)", error.Message);
    }

    [Fact]
    public void A_template_cannot_include_files() =>
        Assert.Equal(
            "a template cannot include other files at (1:4)",
            Assert.Throws<PlanTemplateException>(() => renderer.Render(Plan, Liquid("{% include '/etc/passwd' %}"))).Message);

    [Fact]
    public void Short_ranges_work()
    {
        Assert.Equal("1 2 3\n", renderer.Render(Plan, Liquid("{% for i in (1..plan.phases.size) limit: 3 %}{{ i }}{% unless forloop.last %} {% endunless %}{% endfor %}")));
    }

    [Fact]
    public void The_built_in_template_is_valid_and_parses()
    {
        Assert.True(PlanRenderer.TryParse(PlanRenderer.BuiltInTemplate, out var error), error);
        Assert.Equal(Plans.Render(Plan), renderer.Render(Plan, PlanRenderer.BuiltInTemplate));
    }

    private static PlanTemplate Liquid(string text) => new(text, TemplateSyntax.Liquid);

    [GeneratedRegex(@"```\w+\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Example();

    private static string DataFile(string name, [CallerFilePath] string source = "") => Path.Join(Path.GetDirectoryName(source)!, "Data", name);
}
