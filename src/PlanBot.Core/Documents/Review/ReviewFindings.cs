using System.Globalization;

namespace PlanBot.Core.Documents.Review;

/// <summary>The findings about one document, with the two shapes that keep a review short: missing sections in one
/// finding, and a problem shared by many items grouped once there are more than <see cref="MaxSeparate"/>.</summary>
internal sealed class ReviewFindings(DocumentKind document, List<QualityFinding> findings)
{
    /// <summary>Up to this many items get a finding each, on their own line; more are listed in one finding.</summary>
    public const int MaxSeparate = 5;

    private const int MaxListed = 5;

    public void Add(string code, FindingSeverity severity, int line, string message) =>
        findings.Add(new QualityFinding(document, code, severity, line, message));

    /// <summary>
    /// One finding listing the expected sections that have no heading of their role, skipping the roles another
    /// finding already explains (<paramref name="reported"/>): a document is told once what it lacks.
    /// </summary>
    public void MissingSections(string code, RequirementsDocument read, IReadOnlyList<(SectionRole Role, string Name)> expected, IReadOnlySet<SectionRole> reported)
    {
        var present = read.Sections.Select(section => section.Role).ToHashSet();
        var missing = expected.Where(section => !present.Contains(section.Role) && !reported.Contains(section.Role)).Select(section => section.Name).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var name = Phrases.DocumentName(document);
        var noun = missing.Count == 1 ? "section" : "sections";
        Add(
            code,
            FindingSeverity.Warning,
            0,
            Invariant($"The {name} has no {Phrases.List(missing, "or")} {noun} ({missing.Count} of the {expected.Count} in the LerianStudio {name} structure). Add them, or reword the headings so they can be recognised."));
    }

    /// <summary>
    /// The same problem on several items: a finding on each item's line, or, past <see cref="MaxSeparate"/>, one
    /// finding on the first item's line that names them (<paramref name="name"/> gives the name with its line), so a
    /// document written without, say, priorities gets one warning instead of forty.
    /// </summary>
    public void PerItem<T>(
        string code,
        FindingSeverity severity,
        IEnumerable<T> unordered,
        Func<T, int> line,
        Func<T, string> name,
        Func<T, string> one,
        Func<int, string, string> many)
    {
        var items = unordered.OrderBy(line).ToList();
        if (items.Count <= MaxSeparate)
        {
            foreach (var item in items)
            {
                Add(code, severity, line(item), one(item));
            }

            return;
        }

        var listed = items.Take(MaxListed).Select(name).ToList();
        if (items.Count > MaxListed)
        {
            listed.Add(Invariant($"{items.Count - MaxListed} more"));
        }

        Add(code, severity, line(items[0]), many(items.Count, Phrases.List(listed, "and")));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
