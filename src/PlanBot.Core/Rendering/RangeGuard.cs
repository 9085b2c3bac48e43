using Fluid.Ast;

namespace PlanBot.Core.Rendering;

/// <summary>
/// Fluid builds a range such as <c>(1..100000000)</c> as an array before the step limit can stop the loop over it,
/// so a template could exhaust memory in one expression. This rewrites every range to check its length first.
/// </summary>
internal sealed class RangeGuard : AstRewriter
{
    public const int MaxLength = 10_000;

    protected override Expression VisitRangeExpression(RangeExpression rangeExpression) => new BoundedRangeExpression(rangeExpression);
}
