namespace PlanBot.Core.Documents.Analysis;

/// <summary>The short labels documents use to introduce parts: "Acceptance criteria:", "**Priority:**", a metadata section.</summary>
internal static class Labels
{
    private static readonly HashSet<string> Criteria = new(
        [
            "acceptance criteria", "acceptance criterion", "acceptance", "ac", "acs", "critérios de aceite", "critérios de aceitação",
            "criterios de aceite", "criterios de aceitacao", "critério de aceite", "definition of done", "dod", "验收标准",
        ],
        StringComparer.Ordinal);

    private static readonly HashSet<string> PriorityWords = new(["priority", "prioridade", "prioridad", "moscow", "优先级"], StringComparer.Ordinal);

    private static readonly HashSet<string> MetadataTitles = new(
        ["metadata", "document metadata", "metadados", "document control", "document information", "document info", "文档信息"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> IntegrationLists = new(
        [
            "integrations", "integration points", "external integrations", "third-party integrations", "third party integrations",
            "external services", "external systems", "external dependencies", "dependencies", "integrações", "integrações externas",
            "dependências", "dependencias", "集成", "外部依赖", "依赖",
        ],
        StringComparer.Ordinal);

    private static readonly HashSet<string> StackLabels = new(
        ["stack", "tech stack", "technology", "technologies", "language", "languages", "backend", "back end", "back-end", "frontend",
            "front end", "front-end", "framework", "frameworks", "hosting", "infrastructure", "platform", "runtime", "mobile", "web", "app"],
        StringComparer.Ordinal);

    private static readonly string[] IntegrationListWords =
    [
        "integrations", "third-party", "third party", "external services", "external systems", "external apis", "external providers",
        "service providers", "vendors", "dependencies", "integrações", "dependências", "serviços externos",
    ];

    // A field, not an argument list: a params char[] would be a new array for every paragraph checked.
    private static readonly char[] LabelDecoration = ['*', '_', ':', ' ', '#', '.', '：'];

    /// <summary>Whether the text (or its bold lead) is an acceptance-criteria label.</summary>
    public static bool IsCriteria(string text) => IsKey(Criteria, text);

    public static bool IsPriority(string text) => IsKey(PriorityWords, text);

    public static bool IsMetadataSection(string headingWords) => IsKey(MetadataTitles, headingWords);

    /// <summary>A label whose line states part of the stack: "**Backend**: Go with Fiber", "Frontend:".</summary>
    public static bool StatesStack(string label) => IsKey(StackLabels, label);

    /// <summary>Whether a section lists the systems the product talks to, one per entry, by name.</summary>
    /// <summary>
    /// Whether a section lists the systems the product talks to, one per entry: a heading that is such a label
    /// ("Dependencies", "集成") or contains one of the list words ("External Integrations & APIs", "Third-Party Services");
    /// "Midaz integration", singular, is about one system and lists its details instead.
    /// </summary>
    public static bool NamesIntegrations(string headingWords)
    {
        var words = Folding.WithoutAsides(headingWords);
        if (IsKey(IntegrationLists, words))
        {
            return true;
        }

        var padded = $" {Folding.Fold(words)} ";
        return IntegrationListWords.Any(w => padded.Contains($" {w} ", StringComparison.Ordinal) || padded.Contains($" {w}:", StringComparison.Ordinal));
    }

    /// <summary>"AC: …", "AC1 — …", "Given …" : an item that says it is a criterion; returns the text without the label.</summary>
    public static bool TryStripCriterion(string text, out string criterion)
    {
        // Only the opening is compared, so only the opening is folded (into a stack buffer): this runs for every list item.
        var folded = Folding.FoldOpening(text, stackalloc char[CriterionOpening]);
        foreach (var label in (string[])["ac:", "ac -", "ac —", "acceptance:", "critério:", "criterio:"])
        {
            if (folded.StartsWith(label, StringComparison.Ordinal))
            {
                criterion = text[label.Length..].Trim();
                return criterion.Length > 0;
            }
        }

        if (StartsScenario(text))
        {
            criterion = text.Trim();
            return true;
        }

        criterion = string.Empty;
        return false;
    }

    /// <summary>"When …", "Then: …", "And …": a step that continues a Given/When/Then scenario.</summary>
    public static bool ContinuesScenario(string text)
    {
        var folded = Folding.FoldOpening(text, stackalloc char[CriterionOpening]);
        foreach (var step in (string[])["when ", "when:", "then ", "then:", "and ", "and:", "but ", "quando ", "então ", "entao "])
        {
            if (folded.StartsWith(step, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Given …" or "Given: …": a step that opens a Given/When/Then scenario.</summary>
    public static bool StartsScenario(string text)
    {
        var folded = Folding.FoldOpening(text, stackalloc char[CriterionOpening]);
        return folded.StartsWith("given ", StringComparison.Ordinal) || folded.StartsWith("given:", StringComparison.Ordinal) || folded.StartsWith("dado ", StringComparison.Ordinal);
    }

    /// <summary>A short list item with sub-items ("Authentication", "Settings (MVP):") groups them rather than stating one.</summary>
    public static bool IsGroup(string text)
    {
        var trimmed = text.Trim();
        return trimmed.EndsWith(':') || trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4;
    }

    // Labels are a few words: a longer text is none of them and is not folded.
    private const int MaxLabel = 64;

    // Longer than the longest criterion label ("acceptance:") and "given ".
    private const int CriterionOpening = 16;

    /// <summary>
    /// Whether the text, folded and without decoration, is in <paramref name="set"/>. Folded into a stack buffer and looked up
    /// as a span: this runs for every paragraph and item, and a folded, trimmed copy per call was most of its cost.
    /// </summary>
    private static bool IsKey(HashSet<string> set, string text)
    {
        if (text.Length > MaxLabel)
        {
            return false;
        }

        var key = Folding.FoldOpening(text, stackalloc char[MaxLabel]).Trim().Trim(LabelDecoration);
        return set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key);
    }
}
