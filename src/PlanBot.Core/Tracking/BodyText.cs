namespace PlanBot.Core.Tracking;

internal static class BodyText
{
    /// <summary>Equal up to line endings and trailing white space, which GitHub does not keep faithfully.</summary>
    public static bool Same(string? left, string? right) =>
        string.Equals(Canonical(left), Canonical(right), StringComparison.Ordinal);

    private static string Canonical(string? text) => (text ?? string.Empty).ReplaceLineEndings("\n").TrimEnd();
}
