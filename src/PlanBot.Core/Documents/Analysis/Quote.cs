namespace PlanBot.Core.Documents.Analysis;

/// <summary>A short quote of a document line, cut on a word, to show where something was read.</summary>
internal static class Quote
{
    public static string Cut(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max);
        return text[..(cut > 0 ? cut : max)] + "…";
    }
}
