namespace PlanBot.Core.Tracking;

internal static class Percentage
{
    /// <summary>Rounded down, so 100% means everything is done.</summary>
    public static int Of(int done, int total) => total <= 0 ? 0 : (int)(100L * done / total);
}
