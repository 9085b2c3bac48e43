namespace PlanBot.Bench;

/// <summary>The sample as written, and the sample scaled up to show that time grows linearly with size.</summary>
public enum InputSize
{
    Sample,
    OneMegabyte,
    TwoMegabytes,
}
