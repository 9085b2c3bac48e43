namespace PlanBot.Core.Rendering;

/// <summary>
/// A plan template that cannot be used: a syntax error, an unknown variable or filter, a step limit. The message is
/// one line and ends with the position when known: <c>Unknown variable 'plan.nme' at (2:4)</c>.
/// </summary>
public sealed class PlanTemplateException : Exception
{
    public PlanTemplateException(string message)
        : base(message)
    {
    }

    public PlanTemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PlanTemplateException()
    {
    }
}
