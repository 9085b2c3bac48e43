using PlanBot.Core.Documents;

namespace PlanBot.Cli.Input;

/// <summary>Sizes past which an input is refused rather than read: no real document is this large.</summary>
public static class InputLimits
{
    public const long DocumentBytes = DocumentLimits.MaxBytes;
    public const long AnswersBytes = 1L * 1024 * 1024;
    public const long TemplateBytes = DocumentLimits.MaxTemplateBytes;
}
