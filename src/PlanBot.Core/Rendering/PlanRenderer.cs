using System.Collections.Concurrent;
using System.Globalization;
using Fluid;
using PlanBot.Core.Planning;
using PlanBot.Core.Rendering.View;

namespace PlanBot.Core.Rendering;

/// <summary>
/// Renders the plan with the embedded Liquid template, or a repository's own (<c>customTemplate</c>). Templates
/// see a <see cref="PlanView"/> (escaped text, formatted numbers), are strict (an unknown variable or filter is an
/// error naming it), limited in steps and range lengths, and parsed once: the parser is shared and parsed templates
/// are cached.
/// </summary>
public sealed class PlanRenderer
{
    /// <summary>Enough for plans from multi-megabyte documents; a template looping far beyond it is stopped.</summary>
    public const int MaxSteps = 5_000_000;

    private const string BuiltInResource = "PlanBot.Core.Rendering.Templates.plan.liquid";
    private const int MaxCachedTemplates = 16;

    /// <summary>The built-in template's text: the starting point for a repository's own.</summary>
    public static string BuiltInTemplate { get; } = ReadBuiltIn();

    private static readonly FluidParser Parser = new(new FluidParserOptions { AllowFunctions = false, AllowParentheses = true });
    private static readonly TemplateOptions Options = CreateOptions();
    private static readonly Lazy<IFluidTemplate> BuiltIn = new(() => Compile(BuiltInTemplate));
    private static readonly ConcurrentDictionary<string, IFluidTemplate> Custom = new(StringComparer.Ordinal);

    /// <summary>Checks a template's syntax; <paramref name="error"/> ends with the position, e.g. <c>… at (3:1)</c>.</summary>
    public static bool TryParse(string template, out string error)
    {
        if (Parser.TryParse(template, out _, out var message))
        {
            error = string.Empty;
            return true;
        }

        error = TemplateErrorLocator.FirstLine(message);
        return false;
    }

    /// <exception cref="PlanTemplateException">The custom template has a syntax error, uses an unknown variable or filter, or runs too long.</exception>
    public string Render(ImplementationPlan plan, string? customTemplate = null) => Render(PlanViewBuilder.Build(plan), customTemplate);

    /// <summary>The template engine's part of <see cref="Render(ImplementationPlan, string?)"/>, on a view built beforehand.</summary>
    internal static string Render(PlanView view, string? customTemplate = null)
    {
        var source = customTemplate ?? BuiltInTemplate;
        var template = customTemplate is null ? BuiltIn.Value : Cached(customTemplate);
        var context = new TemplateContext(new TemplateModel(view), Options);
        try
        {
            using var layout = new MarkdownLayout();
            // Completes synchronously (no filter is asynchronous, the writer is in memory); AsTask only costs when it did not.
            var rendering = template.RenderAsync(layout, NullEncoder.Default, context);
            if (!rendering.IsCompletedSuccessfully)
            {
                rendering.AsTask().GetAwaiter().GetResult();
            }

            return layout.Finish();
        }
        catch (FluidException e)
        {
            throw new PlanTemplateException(TemplateErrorLocator.Describe(source, e.Message), e);
        }
        catch (InvalidOperationException e)
        {
            // Fluid reports both strict-mode misses and its step limit this way.
            var message = e.Message.Contains("maximum", StringComparison.OrdinalIgnoreCase)
                ? string.Create(CultureInfo.InvariantCulture, $"the template ran more than {MaxSteps:#,0} steps (a loop too long for a plan)")
                : TemplateErrorLocator.Describe(source, e.Message);
            throw new PlanTemplateException(message, e);
        }
    }

    private static IFluidTemplate Cached(string template)
    {
        if (Custom.TryGetValue(template, out var cached))
        {
            return cached;
        }

        var compiled = Compile(template);
        if (Custom.Count >= MaxCachedTemplates)
        {
            Custom.Clear();
        }

        Custom[template] = compiled;
        return compiled;
    }

    private static IFluidTemplate Compile(string template) =>
        Parser.TryParse(template, out var parsed, out var error)
            ? new RangeGuard().VisitTemplate(parsed)
            : throw new PlanTemplateException(TemplateErrorLocator.FirstLine(error));

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions
        {
            StrictVariables = true,
            StrictFilters = true,
            MaxSteps = MaxSteps,
            CultureInfo = CultureInfo.InvariantCulture,
            TimeZone = TimeZoneInfo.Utc,

            // "-%}" removes the rest of its line only, so a tag alone on a line leaves no blank line and no lost paragraph break.
            Greedy = false,
        };
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        foreach (var type in typeof(PlanView).Assembly.GetTypes().Where(t => t.Namespace == typeof(PlanView).Namespace && t.IsPublic))
        {
            options.MemberAccessStrategy.Register(type);
        }

        return options;
    }

    private static string ReadBuiltIn()
    {
        using var stream = typeof(PlanRenderer).Assembly.GetManifestResourceStream(BuiltInResource)
            ?? throw new InvalidOperationException($"The built-in plan template {BuiltInResource} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
