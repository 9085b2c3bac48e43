using PlanBot.Core.Planning;

namespace PlanBot.Core.Rendering;

/// <summary>Renders the plan with the embedded Liquid template, or a repository's own (<paramref name="customTemplate"/>).</summary>
public sealed class PlanRenderer
{
    public string Render(ImplementationPlan plan, string? customTemplate = null) => throw new NotImplementedException();
}
