namespace PlanBot.Core.Planning;

/// <summary>Reads an <c>IMPLEMENTATION_PLAN.md</c> (ours, or hand-edited) back into a <see cref="PlanDocument"/>.</summary>
public sealed class PlanMarkdownParser
{
    public PlanDocument Parse(string markdown) => throw new NotImplementedException();
}
