using System.Collections.Concurrent;
using System.Globalization;
using PlanBot.Core.Planning;
using PlanBot.Core.Rendering.View;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PlanBot.Core.Rendering;

/// <summary>
/// Renders the plan with Scriban: the embedded template, or a repository's own (<c>customTemplate</c>, in Liquid or
/// Scriban syntax). Templates see a <see cref="PlanView"/> as <c>plan</c> (escaped text, formatted numbers), are strict
/// (an unknown variable or filter is an error naming it), bounded in loop steps, output and time, and parsed once:
/// parsed templates are cached.
/// </summary>
public sealed class PlanRenderer
{
    /// <summary>
    /// Loop iterations (ranges and filters over lists included) one loop and the loops inside it may run: enough for
    /// plans from multi-megabyte documents; a template looping far beyond it is stopped.
    /// </summary>
    public const int MaxSteps = 5_000_000;

    /// <summary>
    /// Far above the plan of the largest documents PlanBot reads (<see cref="Documents.DocumentLimits"/>), far below what
    /// would exhaust memory: the bound of the whole output and of any one text a template builds.
    /// </summary>
    public const int MaxOutputChars = 32 * 1024 * 1024;

    /// <summary>The last bound, for what the others cannot see (many loops one after another): a plan renders in milliseconds.</summary>
    public static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(10);

    private const string BuiltInResource = "PlanBot.Core.Rendering.Templates.plan.scriban";
    private const int MaxCachedTemplates = 16;

    /// <summary>The built-in template: the starting point for a repository's own.</summary>
    public static PlanTemplate BuiltInTemplate { get; } = new(ReadBuiltIn(), TemplateSyntax.Scriban);

    private static readonly Lazy<CompiledTemplate> BuiltIn = new(() => CompiledTemplate.Of(BuiltInTemplate));
    private static readonly ConcurrentDictionary<PlanTemplate, CompiledTemplate> Custom = new();

    /// <summary>Checks a template's syntax; <paramref name="error"/> ends with the position, e.g. <c>… at (3:1)</c>.</summary>
    public static bool TryParse(PlanTemplate template, out string error)
    {
        // Kept with the templates parsed for rendering: the command line checks a template, then renders with it.
        error = Compiled(template).Error ?? string.Empty;
        return error.Length == 0;
    }

    /// <exception cref="PlanTemplateException">The custom template has a syntax error, uses an unknown variable or filter, or runs too long.</exception>
    public string Render(ImplementationPlan plan, PlanTemplate? customTemplate = null) => Render(PlanViewBuilder.Build(plan), customTemplate);

    /// <summary>The template engine's part of <see cref="Render(ImplementationPlan, PlanTemplate?)"/>, on a view built beforehand.</summary>
    internal static string Render(PlanView view, PlanTemplate? customTemplate = null, TimeSpan? timeLimit = null)
    {
        var maxTime = timeLimit ?? MaxTime;
        var template = customTemplate is null ? BuiltIn.Value : Compiled(customTemplate);
        if (template.Error is { } syntaxError)
        {
            throw new PlanTemplateException(syntaxError);
        }

        using var timeout = new CancellationTokenSource(maxTime);
        var layout = new MarkdownLayout(MaxOutputChars);
        var context = Context(customTemplate?.Syntax, view, layout, timeout.Token);
        try
        {
            template.Scriban.Render(context);
            return layout.Finish();
        }
        catch (ScriptAbortException e)
        {
            throw new PlanTemplateException(string.Create(CultureInfo.InvariantCulture, $"the template ran longer than {maxTime.TotalSeconds:0.###} seconds (a plan renders in milliseconds)"), e);
        }
        catch (ScriptRuntimeException e)
        {
            throw new PlanTemplateException(TemplateErrors.Runtime(template, e), e);
        }
    }

    /// <param name="custom">The syntax of a repository's template; <c>null</c> for the built-in one.</param>
    private static TemplateContext Context(TemplateSyntax? custom, PlanView view, MarkdownLayout layout, CancellationToken cancellationToken)
    {
        var context = custom switch
        {
            null => new BuiltInContext(),
            TemplateSyntax.Liquid => new LiquidTemplateContext(),
            _ => new TemplateContext(),
        };
        context.StrictVariables = true;
        context.EnableRelaxedMemberAccess = false;
        context.LoopLimit = MaxSteps;

        // Scriban also cuts its whole output at this length, silently, with "…": the layout, bounded alike, makes
        // that cut an error rather than a truncated plan.
        context.LimitToString = MaxOutputChars;

        // Values are single lines already laid out by the template; re-indenting them would change what it wrote.
        context.AutoIndent = false;
        context.CancellationToken = cancellationToken;
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(new ScriptObject { ["plan"] = view });
        context.PushOutput(layout);
        return context;
    }

    /// <summary>A repository's template parsed, from the cache when it was parsed before; a syntax error is kept with it.</summary>
    private static CompiledTemplate Compiled(PlanTemplate template)
    {
        if (Custom.TryGetValue(template, out var cached))
        {
            return cached;
        }

        var compiled = CompiledTemplate.Of(template);
        if (Custom.Count >= MaxCachedTemplates)
        {
            Custom.Clear();
        }

        Custom[template] = compiled;
        return compiled;
    }

    private static string ReadBuiltIn()
    {
        using var stream = typeof(PlanRenderer).Assembly.GetManifestResourceStream(BuiltInResource)
            ?? throw new InvalidOperationException($"The built-in plan template {BuiltInResource} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// The built-in template's context. Scriban copies its library of functions into every context made without one,
    /// and reflects over the view's types again in every context: the built-in template, which changes nothing in
    /// either, shares one library and one set of accessors. A repository's template gets its own, so it cannot change
    /// what another render sees.
    /// </summary>
    private sealed class BuiltInContext() : TemplateContext(Functions)
    {
        private static readonly BuiltinFunctions Functions = new();
        private static readonly ConcurrentDictionary<Type, IObjectAccessor?> Accessors = new();

        protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
            Accessors.TryGetValue(target.GetType(), out var accessor) ? accessor : Accessors.GetOrAdd(target.GetType(), base.GetMemberAccessorImpl(target));
    }
}
