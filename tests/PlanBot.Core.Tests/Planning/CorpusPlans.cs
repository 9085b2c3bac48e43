namespace PlanBot.Core.Tests.Planning;

/// <summary>
/// The plans people wrote for the third-party PRD/TRD pairs in <c>shared/corpus</c> (read at run time, never copied
/// into the project). The corpus is looked for under each folder above the repository root; without it (CI may not
/// have it) there is nothing to read.
/// </summary>
internal static class CorpusPlans
{
    /// <summary>Each plan's path relative to the corpus, and its text; empty without a corpus.</summary>
    public static IEnumerable<(string Name, string Markdown)> All()
    {
        var corpus = Folder();
        if (corpus is null)
        {
            yield break;
        }

        foreach (var path in Directory.GetFiles(corpus, "PLAN.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            yield return (Path.GetRelativePath(corpus, path), File.ReadAllText(path));
        }
    }

    private static string? Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Join(dir.FullName, "shared", "corpus");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
