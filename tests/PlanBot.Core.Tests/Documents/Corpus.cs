namespace PlanBot.Core.Tests.Documents;

/// <summary>
/// The real PRD/TRD pairs in <c>shared/corpus</c>, looked for under each ancestor of the repository root (a worktree
/// at <c>/work/wt/name</c> and main at <c>/work/main</c> both find <c>/work/shared/corpus</c>). Read at run time only:
/// their text is never copied into the project. Null when absent (CI may not have it).
/// </summary>
public static class Corpus
{
    public static string? Folder { get; } = Find();

    public const string AbsentReason = "shared/corpus is not next to the repository (it is reference data, not part of the project)";

    /// <summary>The pairs as theory rows; one placeholder row without a corpus, which <see cref="CorpusTheoryAttribute"/> skips.</summary>
    public static TheoryData<string> PairRows
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var pair in Pairs.DefaultIfEmpty("(no corpus)"))
            {
                data.Add(pair);
            }

            return data;
        }
    }

    /// <summary>The pair folders (each holds PRD.md and TRD.md), by name.</summary>
    public static IReadOnlyList<string> Pairs { get; } = Folder is null
        ? []
        : Directory.GetDirectories(Folder)
            .Where(d => File.Exists(Path.Join(d, "PRD.md")) && File.Exists(Path.Join(d, "TRD.md")))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();

    public static string Read(string pair, string file) => File.ReadAllText(Path.Join(Folder!, pair, file));

    private static string? Find()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Join(root.FullName, "PlanBot.sln")))
        {
            root = root.Parent;
        }

        for (var dir = root; dir is not null; dir = dir.Parent)
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
