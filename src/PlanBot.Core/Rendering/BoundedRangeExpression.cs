using System.Globalization;
using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace PlanBot.Core.Rendering;

/// <summary>A range that refuses to be longer than <see cref="RangeGuard.MaxLength"/> numbers.</summary>
internal sealed class BoundedRangeExpression(RangeExpression range) : Expression
{
    public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
    {
        var from = (await range.From.EvaluateAsync(context).ConfigureAwait(false)).ToNumberValue();
        var to = (await range.To.EvaluateAsync(context).ConfigureAwait(false)).ToNumberValue();
        if (to - from >= RangeGuard.MaxLength)
        {
            throw new PlanTemplateException(string.Create(CultureInfo.InvariantCulture, $"a range ({from}..{to}) longer than {RangeGuard.MaxLength:#,0} numbers; a plan needs far fewer"));
        }

        return await range.EvaluateAsync(context).ConfigureAwait(false);
    }
}
