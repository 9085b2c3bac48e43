using System.Text.RegularExpressions;
using PlanBot.Core.Documents;
using PlanBot.Core.Planning.Writing;

namespace PlanBot.Core.Planning.Inputs;

/// <summary>
/// What the planner reads from the two documents, de-duplicated and in a fixed order: the PRD's requirements before
/// the TRD's, the TRD's endpoints, tables, integrations and targets before the PRD's (the TRD is the technical
/// authority). Demo scenarios use only the TRD's endpoints. <see cref="TargetMentions"/> keeps every occurrence of a
/// target (the same target is often written in the PRD's requirement and the TRD's table) for finding what a
/// requirement says; <see cref="Targets"/> has each once. <see cref="LooseCriteria"/> are the acceptance criteria that no
/// requirement owns: stated on their own, or a user story's when the story is not itself a requirement.
/// </summary>
internal sealed partial record PlanInputs(
    string Product,
    ValueList<RequirementBlock> Requirements,
    ValueList<Sourced<AcceptanceCriterion>> LooseCriteria,
    ValueList<Sourced<UserStory>> Stories,
    ValueList<Sourced<ApiEndpoint>> Endpoints,
    ValueList<Sourced<DataEntity>> Tables,
    ValueList<Sourced<Integration>> Integrations,
    ValueList<Sourced<PerformanceTarget>> Targets,
    ValueList<Sourced<PerformanceTarget>> TargetMentions,
    ValueList<Sourced<DocumentItem>> Risks,
    ValueList<Sourced<DocumentItem>> SuccessCriteria,
    ValueList<Sourced<DocumentSection>> Sections,
    ValueList<Sourced<SuggestedPhase>> SuggestedPhases,
    ValueList<Sourced<Constraint>> Constraints,
    ValueList<Sourced<Technology>> Hosting,
    ValueList<Sourced<DocumentItem>> OutOfScope)
{
    public const string UnnamedProduct = "Untitled product";

    /// <summary>What the documents state, with the kind of project the team chose when it answered <c>scope.kind</c>.</summary>
    public static PlanInputs From(DocumentSet documents, PlanAnswers answers)
    {
        var read = From(documents);
        return read with { Kind = KindAnswer.Apply(read.Kind, answers) };
    }

    public static PlanInputs From(DocumentSet documents)
    {
        var prd = documents.Prd;
        var trd = documents.Trd;
        return new PlanInputs(
            ProductName(prd.Title, trd.Title),
            Unique(Blocks(prd).Concat(Blocks(trd))),
            Sourced(prd, prd.Criteria.Where(c => c.Owner is null || !prd.Requirements.Any(r => r.Key == c.Owner)), c => c.Line)
                .Concat(Sourced(trd, trd.Criteria.Where(c => c.Owner is null || !trd.Requirements.Any(r => r.Key == c.Owner)), c => c.Line))
                .ToValueList(),
            Both(prd, trd, d => d.Stories, s => s.Line).ToValueList(),
            Sourced(trd, trd.Endpoints, e => e.Line).DistinctBy(e => EndpointKey(e.Value), StringComparer.Ordinal).ToValueList(),
            Both(trd, prd, d => d.Entities, e => e.Line).Where(e => e.Value.Name.Trim().Length > 0).DistinctBy(e => e.Value.Name.Trim(), StringComparer.OrdinalIgnoreCase).ToValueList(),
            Both(trd, prd, d => d.Integrations, i => i.Line).Where(i => i.Value.Name.Trim().Length > 0).DistinctBy(i => i.Value.Name.Trim(), StringComparer.OrdinalIgnoreCase).ToValueList(),
            Both(trd, prd, d => d.PerformanceTargets, t => t.Line).Where(t => t.Value.Text.Trim().Length > 0).DistinctBy(t => t.Value.Text.Trim(), StringComparer.OrdinalIgnoreCase).ToValueList(),
            Both(trd, prd, d => d.PerformanceTargets, t => t.Line).Where(t => t.Value.Text.Trim().Length > 0).ToValueList(),
            Both(trd, prd, d => d.Risks, r => r.Line).Where(r => r.Value.Text.Trim().Length > 0).DistinctBy(r => r.Value.Text.Trim(), StringComparer.OrdinalIgnoreCase).ToValueList(),
            Both(prd, trd, d => d.SuccessCriteria, c => c.Line).Where(c => c.Value.Text.Trim().Length > 0).DistinctBy(c => c.Value.Text.Trim(), StringComparer.OrdinalIgnoreCase).ToValueList(),
            Both(prd, trd, d => d.Sections, s => s.Line).ToValueList(),
            Proposed(ProposedPhases.Of(documents)).ToValueList(),
            Both(prd, trd, d => d.Constraints, c => c.Line).ToValueList(),
            Both(trd, prd, d => d.Stack.Where(t => t.Kind == TechnologyKind.Hosting).ToValueList(), t => t.Line).DistinctBy(t => t.Value.Name.Trim(), StringComparer.OrdinalIgnoreCase).ToValueList(),
            Both(prd, trd, d => d.OutOfScope, o => o.Line).ToValueList())
        {
            Kind = ProjectKindDecision.Decide(documents),
            Pieces = Buildable(trd, trd.Pieces),
            Statements = Buildable(trd, trd.Statements),
            Tests = TestCommand.Of(documents),
        };
    }

    /// <summary>The TRD's lines that name something to build in code: what a feature's tasks name (an endpoint's own line is its endpoint's task).</summary>
    public ValueList<Sourced<DocumentPiece>> Pieces { get; init; } = ValueList<Sourced<DocumentPiece>>.Empty;

    /// <summary>The TRD's lines that say what to build without naming it in code: what a feature with no piece is accepted on.</summary>
    public ValueList<Sourced<DocumentPiece>> Statements { get; init; } = ValueList<Sourced<DocumentPiece>>.Empty;

    /// <summary>The command that runs the project's tests, when the documents write one or name a stack that has one.</summary>
    public TestCommand? Tests { get; init; }

    /// <summary>What kind of project the documents plan, and the line that shows it.</summary>
    public required ProjectKindDecision Kind { get; init; }

    /// <summary>The first section of either document with this role (TRD first for technical roles).</summary>
    public Sourced<DocumentSection>? Section(SectionRole role) =>
        Sections.Where(s => s.Value.Role == role).OrderBy(s => s.Document == DocumentKind.Trd ? 0 : 1).FirstOrDefault();

    /// <summary>The title of the section of <paramref name="document"/> that holds <paramref name="line"/>, if any.</summary>
    public string? SectionAt(DocumentKind document, int line) =>
        Sections.Where(s => s.Document == document && s.Line <= line).MaxBy(s => s.Line)?.Value.Title.Trim();

    /// <summary>
    /// The TRD's lines that say what to build (pieces and statements, not endpoints) under a section, up to the next
    /// section of its level or above, in the document's order.
    /// </summary>
    public IEnumerable<Sourced<DocumentPiece>> LinesUnder(Sourced<DocumentSection> section)
    {
        var end = SectionEnd(Sections.Where(s => s.Document == section.Document).Select(s => s.Value), section.Value);
        return Pieces.Concat(Statements).Where(p => p.Document == section.Document && p.Line > section.Line && p.Line < end).OrderBy(p => p.Line);
    }

    /// <summary>
    /// The TRD's lines that say what to build: not an endpoint's own line (its endpoint's task says it), nor an entry of
    /// a glossary ("ADMS — Access Door Management System": it defines a word), nor a line of the technology stack
    /// ("Licensing — License SDK for Go": it names a tool, which is no task and no criterion).
    /// </summary>
    private static ValueList<Sourced<DocumentPiece>> Buildable(RequirementsDocument trd, IEnumerable<DocumentPiece> lines)
    {
        var endpoints = trd.Endpoints.Select(e => e.Line).ToHashSet();
        var naming = trd.Sections
            .Where(s => s.Role == SectionRole.TechnologyStack || Glossary().IsMatch(s.Title))
            .Select(s => (Start: s.Line, End: SectionEnd(trd.Sections, s)))
            .ToList();
        return Sourced(trd, lines.Where(l => !endpoints.Contains(l.Line) && !naming.Any(g => l.Line > g.Start && l.Line < g.End)), l => l.Line).ToValueList();
    }

    /// <summary>The line of the next section of the same level or above: where <paramref name="section"/> ends.</summary>
    private static int SectionEnd(IEnumerable<DocumentSection> sections, DocumentSection section) =>
        sections.Where(s => s.Line > section.Line && s.Level <= section.Level).Select(s => s.Line).DefaultIfEmpty(int.MaxValue).Min();

    /// <summary>The acceptance criteria the documents give an id (<c>AC-01</c>), each once.</summary>
    public IEnumerable<Sourced<AcceptanceCriterion>> IdentifiedCriteria =>
        Requirements.SelectMany(r => r.Criteria).Concat(LooseCriteria)
            .Where(c => !string.IsNullOrWhiteSpace(c.Value.Id))
            .DistinctBy(c => (c.Document, c.Line, c.Value.Text))
            .OrderBy(c => c.Document)
            .ThenBy(c => c.Line);

    /// <summary>The requirement whose block holds this line, if any.</summary>
    public RequirementBlock? Owner(DocumentKind document, int line) =>
        Requirements.FirstOrDefault(r => r.Contains(document, line));

    /// <summary>Method and path with parameters unified (<c>{id}</c> = <c>:id</c>): the same endpoint written twice is one.</summary>
    public static string EndpointKey(ApiEndpoint endpoint) => endpoint.Method.Trim().ToUpperInvariant() + " " + PathKey(endpoint.Path);

    /// <summary>A path with parameters unified and no trailing slash: "/v1/Statements/:id/" is "/v1/statements/{}".</summary>
    public static string PathKey(string path) => Parameter().Replace(path.Trim().TrimEnd('/').ToLowerInvariant(), "{}");

    /// <summary>"Product Requirements Document: Payments Reconciliation Plugin" → "Payments Reconciliation Plugin".</summary>
    public static string ProductName(string prdTitle, string trdTitle)
    {
        foreach (var title in new[] { prdTitle, trdTitle })
        {
            var name = Suffix().Replace(Prefix().Replace(Prose.Short(title, 200), string.Empty), string.Empty).Trim();
            if (name.Length > 0)
            {
                return name;
            }
        }

        return UnnamedProduct;
    }

    private static IEnumerable<RequirementBlock> Blocks(RequirementsDocument document)
    {
        var starts = document.Requirements.Select(r => r.Line)
            .Concat(document.Sections.Where(s => s.Level <= 2).Select(s => s.Line))
            .Order()
            .ToArray();
        foreach (var requirement in document.Requirements.Where(r => r.Key.Trim().Length > 0))
        {
            var name = requirement.Id?.Trim() ?? RequirementNames.Trace(requirement.Title);
            var criteria = Sourced(document, document.Criteria.Where(c => c.Owner == requirement.Key), c => c.Line).ToList();
            yield return new RequirementBlock(requirement, document.Kind, NextAfter(starts, requirement.Line), requirement.Key.Trim(), name, criteria);
        }
    }

    /// <summary>
    /// One block per id (the PRD's FR-001 and the TRD's FR-001 are one requirement). Requirements without ids are
    /// never merged: a TRD key or name the PRD already uses gets the document's name added (<c>audit-log-trd</c>,
    /// <c>Audit log (TRD)</c>), and a name used twice in one document the count of its uses.
    /// </summary>
    private static ValueList<RequirementBlock> Unique(IEnumerable<RequirementBlock> blocks)
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var unique = new List<RequirementBlock>();
        foreach (var block in blocks)
        {
            if (block.Requirement.HasExplicitId)
            {
                if (keys.Add(block.Key))
                {
                    names.Add(block.Name);
                    unique.Add(block);
                }

                continue;
            }

            var document = Source.Name(block.Document);
            var key = Free(keys, block.Key, $"{block.Key}-{document.ToLowerInvariant()}", n => $"{block.Key}-{document.ToLowerInvariant()}-{n}");
            var name = Free(names, block.Name, $"{block.Name} ({document})", n => $"{block.Name} ({document} {n})");
            unique.Add(block with { Key = key, Name = name });
        }

        return unique.ToValueList();
    }

    /// <summary>The first of <paramref name="wanted"/>, <paramref name="second"/>, then numbered forms that nothing has taken yet.</summary>
    private static string Free(HashSet<string> taken, string wanted, string second, Func<int, string> numbered)
    {
        if (taken.Add(wanted))
        {
            return wanted;
        }

        var candidate = second;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = numbered(n);
        }

        return candidate;
    }

    private static int NextAfter(int[] sortedLines, int line)
    {
        var index = Array.BinarySearch(sortedLines, line + 1);
        var at = index >= 0 ? index : ~index;
        while (at > 0 && sortedLines[at - 1] > line)
        {
            at--;
        }

        return at < sortedLines.Length ? sortedLines[at] : int.MaxValue;
    }

    private static IEnumerable<Sourced<T>> Both<T>(RequirementsDocument first, RequirementsDocument second, Func<RequirementsDocument, ValueList<T>> items, Func<T, int> line) =>
        Sourced(first, items(first), line).Concat(Sourced(second, items(second), line));

    private static IEnumerable<Sourced<SuggestedPhase>> Proposed(ProposedPhases proposed) =>
        proposed.Phases.Select(p => new Sourced<SuggestedPhase>(p, proposed.Document, p.Line));

    private static IEnumerable<Sourced<T>> Sourced<T>(RequirementsDocument document, IEnumerable<T> items, Func<T, int> line) =>
        items.Select(item => new Sourced<T>(item, document.Kind, line(item)));

    [GeneratedRegex(@"\b(?:glossary|gloss[aá]rio|terminology|terminologia|abbreviations|acronyms|siglas)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Glossary();

    [GeneratedRegex(@"\{[^}/]*\}|:[A-Za-z_][\w-]*")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"^\W*(?:(?:product|technical)\s+requirements?\s+(?:document|specification)|requisitos?\s+(?:do\s+produto|t[eé]cnicos?)|documento\s+de\s+requisitos(?:\s+\w+)?|prd|trd)\b\s*(?:\([^)]*\))?\s*[:\-—–|]*\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"\s*[-—–:(]*\s*\b(?:prd|trd|product requirements(?: document)?|technical requirements(?: document)?)\)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Suffix();
}
