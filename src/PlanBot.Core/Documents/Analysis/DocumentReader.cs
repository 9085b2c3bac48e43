using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace PlanBot.Core.Documents.Analysis;

/// <summary>
/// Reads one parsed document in order, block by block, keeping the context a person keeps while reading: which
/// section (and so which role) the text is in, which requirement it belongs to, whether an "Acceptance criteria"
/// label came before it. Code is only ever read as code (endpoints, tables), never as prose or headings.
/// </summary>
internal sealed class DocumentReader
{
    // Deeper nesting (hostile input) is not read further; real documents nest a handful of levels.
    private const int MaxNesting = 48;

    private static readonly PhraseSet<bool> SchemaWords = new([(true, ["schema", "table", "entity", "entities", "model", "collection"])]);

    private readonly ItemCollector items;
    private readonly TableReader tables;
    private readonly InlineText inline = new();
    private readonly List<HeadingFrame> frames = [HeadingFrame.Document];
    private HeadingBlock? titleHeading;
    private HeadingBlock? subtitleHeading;
    private string title = string.Empty;
    private bool inPreamble = true;
    private OpenRequirement? scope;

    // The criterion that Given/When/Then steps read next complete: opened by an AC id ("**AC1 — Refund**") or by a
    // "Given" step outside a requirement; closed by anything else.
    private PendingCriterion? scenario;

    // A bold pseudo-heading naming a table in a data-model section ("**users**"); the list after it holds its fields.
    private (string Name, int Line, List<string> Fields)? schema;

    public DocumentReader(DocumentKind kind)
    {
        items = new ItemCollector(kind);
        tables = new TableReader(items);
    }

    private HeadingFrame Frame => frames[^1];

    private bool InMetadata => inPreamble || Frame.IsMetadata;

    public RequirementsDocument Read(MarkdownDocument document, string source)
    {
        FindTitle(document);
        ReadBlocks(document, -1, 0);
        var name = title.Length > 0 ? title : items.Metadata.TryGetValue("Title", out var meta) || items.Metadata.TryGetValue("title", out meta) ? meta : string.Empty;
        return items.Build(name, source);
    }

    private void FindTitle(MarkdownDocument document)
    {
        var headings = document.OfType<HeadingBlock>().Take(64).ToList();
        titleHeading = headings.FirstOrDefault(h => h.Level == 1);
        if (titleHeading is null && headings.Count > 0 && TitleText.NamesDocumentType(inline.Read(headings[0]).Text))
        {
            titleHeading = headings[0];
        }

        if (titleHeading is null)
        {
            return;
        }

        var written = inline.Read(titleHeading).Text.Trim();
        title = TitleText.Product(written);
        var next = headings.SkipWhile(h => !ReferenceEquals(h, titleHeading)).Skip(1).FirstOrDefault();
        if (title.Length == 0 && next is { Level: 2 })
        {
            // "# Product Requirements Document (PRD)" then "## Solar Layout Generator — …": the H2 names the product.
            var candidate = inline.Read(next).Text.Trim();
            var unnumbered = string.Equals(Folding.HeadingWords(candidate), candidate, StringComparison.Ordinal);
            var tagline = candidate.Contains(" — ", StringComparison.Ordinal) || candidate.Contains(" - ", StringComparison.Ordinal) || candidate.Contains(": ", StringComparison.Ordinal);
            if (unnumbered && (tagline || SectionClassifier.Classify(candidate) == SectionRole.Unknown))
            {
                subtitleHeading = next;
                title = TitleText.Product(candidate);
            }
        }

        title = title.Length > 0 ? title : written;
    }

    private void ReadBlocks(ContainerBlock container, int listDepth, int nesting)
    {
        if (nesting > MaxNesting)
        {
            return;
        }

        Block? previous = null;
        foreach (var block in container)
        {
            var after = previous;
            previous = block;
            switch (block)
            {
                case YamlFrontMatterBlock yaml:
                    MetadataReader.ReadFrontMatter(yaml.Lines.ToString(), items.Metadata);
                    break;
                case HeadingBlock heading:
                    OnHeading(heading);
                    break;
                case ParagraphBlock paragraph:
                    OnParagraph(inline.Read(paragraph));
                    break;
                case ListBlock list:
                    // "1. Risk title" then "- detail" without indentation: the bullets are the numbered item's details.
                    var details = after is ListBlock { IsOrdered: true, Count: 1 } && !list.IsOrdered;
                    OnList(list, listDepth + (details ? 2 : 1), nesting + 1);
                    break;
                case Table table:
                    scenario = null;
                    tables.Read(TableView.Read(table, inline), Frame, scope, InMetadata);
                    break;
                case CodeBlock code:
                    OnCode(code, after);
                    break;
                case ContainerBlock other:
                    ReadBlocks(other, listDepth, nesting + 1);
                    break;
            }
        }
    }

    private void OnHeading(HeadingBlock heading)
    {
        var unit = inline.Read(heading);
        var text = unit.Text.Trim();
        var level = heading.Level;
        while (frames.Count > 1 && frames[^1].Level >= level)
        {
            frames.RemoveAt(frames.Count - 1);
        }

        if (scope is not null && (!scope.IsHeadingScoped || scope.HeadingLevel >= level))
        {
            scope = null;
        }

        scope?.AcceptsCriteria = false;
        schema = null;
        scenario = null;
        var parent = Frame;
        if (ReferenceEquals(heading, titleHeading) || ReferenceEquals(heading, subtitleHeading))
        {
            items.Section(new DocumentSection(text, level, unit.Line, SectionRole.Unknown));
            frames.Add(HeadingFrame.Document with { Level = level, Line = unit.Line });
            return;
        }

        inPreamble = false;
        var words = Folding.HeadingWords(text);
        if (Labels.IsCriteria(words))
        {
            scope?.AcceptsCriteria = true;
            Push(parent with { Level = level, Line = unit.Line, Words = words, IsPhase = false }, text);
            return;
        }

        if (RequirementIds.TryReadAtStart(words, out var id) && OpenFromHeading(id, words, level, unit.Line, parent))
        {
            Push(parent with { Level = level, Line = unit.Line, Words = words, IsPhase = false }, text);
            Endpoints(text, unit.Line);
            return;
        }

        // A persona's heading is a name ("Leo — Integration Engineer"), whatever words it holds.
        var own = parent.Role == SectionRole.UserPersonas ? SectionRole.Unknown : SectionClassifier.Classify(text);
        var role = own == SectionRole.Unknown ? parent.Role : own;
        var isPhase = parent.Role == SectionRole.Timeline ? !parent.IsPhase && parent.Level > 0 : PhaseReader.IsDeliveryPhase(words);
        var excluded = parent.InScope == false;
        var headingPriority = WordCount(words) <= 3 ? PriorityReader.Parse(words) : Priority.Unspecified;
        Push(
            new HeadingFrame(
                level,
                unit.Line,
                words,
                role,
                // Under "Future Enhancements" or "Out of scope", a "Phase 2 Features" list is not the product's requirements.
                excluded ? null : own switch
                {
                    SectionRole.FunctionalRequirements => RequirementKind.Functional,
                    SectionRole.NonFunctionalRequirements => RequirementKind.NonFunctional,
                    _ => parent.RequirementKind,
                },
                headingPriority == Priority.Unspecified ? parent.Priority : headingPriority,
                excluded ? false : role != SectionRole.Scope ? null : SectionClassifier.IsInScope(words) ?? (own == SectionRole.Unknown ? parent.InScope : null),
                Labels.IsMetadataSection(words),
                Labels.NamesIntegrations(words),
                isPhase),
            text);
        if (isPhase)
        {
            items.Phase(PhaseReader.Read(words, null, unit.Line));
        }

        if (parent.NamesIntegrations)
        {
            items.NamedIntegration(words, unit.Line, words, parent.Role == SectionRole.Dependencies);
        }

        Endpoints(text, unit.Line);
    }

    /// <summary>How many words <c>Split(' ', RemoveEmptyEntries)</c> would give, without the array and strings.</summary>
    private static int WordCount(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != ' ' && (i == 0 || text[i - 1] == ' '))
            {
                count++;
            }
        }

        return count;
    }

    private void Push(HeadingFrame frame, string text)
    {
        frames.Add(frame);
        items.Section(new DocumentSection(text, frame.Level, frame.Line, frame.Role));
    }

    /// <summary>A requirement or story heading (<c>### FR-001: Title</c>, <c>### US-001: …</c>, <c>### Requirement 3: …</c>) opens its scope.</summary>
    private bool OpenFromHeading(RequirementId id, string words, int level, int line, HeadingFrame parent)
    {
        var rest = TitleText.AfterSeparators(words[id.Length..]);
        if (id.Kind == IdKind.Story)
        {
            var story = items.Requirement(id.Value, rest, RequirementKind.Functional, PriorityReader.Find(rest), line, DraftOrigin.Story);
            scope = new OpenRequirement(story, level, -1, id.Value);
            return true;
        }

        if (!id.CanBeRequirement(parent.RequirementKind is not null))
        {
            return false;
        }

        var priority = PriorityReader.Find(rest);
        var draft = items.Requirement(
            id.Value,
            Folding.WithoutAsides(rest).Length > 0 && priority != Priority.Unspecified ? Folding.WithoutAsides(rest) : rest,
            KindOf(id, parent),
            priority == Priority.Unspecified ? parent.Priority : priority,
            line,
            DraftOrigin.Explicit);
        scope = new OpenRequirement(draft, level, -1, null);
        return true;
    }

    private static RequirementKind KindOf(RequirementId id, HeadingFrame frame) => id.Kind switch
    {
        IdKind.NonFunctional => RequirementKind.NonFunctional,
        IdKind.DomainCoded => frame.RequirementKind ?? RequirementKind.Functional,
        _ => RequirementKind.Functional,
    };

    private void OnParagraph(TextUnit unit)
    {
        if (unit.IsEmpty)
        {
            return;
        }

        if (InMetadata && AddMetadata(unit))
        {
            return;
        }

        scenario = null;
        if (scope is { IsHeadingScoped: false, ListDepth: < 0 })
        {
            scope = null;
        }

        schema = Frame.Role == SectionRole.DatabaseDesign && unit.Lead is { } name && name.Length == unit.Text.Length
            && Folding.WithoutAsides(name) is var table && EntityReader.IsIdentifier(table)
            ? (table, unit.Line, [])
            : null;

        if (scope is not null && unit.Lead is { } lead && Labels.IsPriority(lead))
        {
            scope.Draft.Priority = PriorityReader.Parse(unit.AfterLead);
            return;
        }

        if (CriteriaLabel(unit))
        {
            return;
        }

        if (scope is not null && IsLabel(unit))
        {
            scope.Muted = true;
            scope.AcceptsCriteria = false;
            return;
        }

        if (!ReadStatement(unit, -1) && unit.Lead is { } bold && PhaseReader.IsDeliveryPhase(unit.Text))
        {
            items.Phase(PhaseReader.Read(unit.Text, bold, unit.Line));
        }
        else if (Frame.IsPhase)
        {
            items.PhaseWork(Frame.Line, unit.Text);
        }

        Prose(unit);
    }

    private bool AddMetadata(TextUnit unit)
    {
        var added = false;
        foreach (var (key, value) in MetadataReader.KeyValues(unit))
        {
            items.Metadata.TryAdd(key, value);
            added = true;
        }

        return added;
    }

    /// <summary>"Acceptance criteria:" (alone or bold, as a paragraph or list item): what follows are criteria of the current requirement.</summary>
    private bool CriteriaLabel(TextUnit unit)
    {
        var label = unit.Lead is { } lead && Labels.IsCriteria(lead) ? lead : Labels.IsCriteria(unit.Text) ? unit.Text : null;
        if (label is null)
        {
            return false;
        }

        if (scope is not null)
        {
            scope.AcceptsCriteria = true;
            scope.Muted = false;
            var rest = TitleText.AfterSeparators(unit.Text[label.Length..]);
            if (rest.Length > 0)
            {
                scope.Draft.AddCriterion(rest, unit.Line);
            }
        }

        return true;
    }

    /// <summary>A paragraph that only introduces what follows: "**Success Metrics:**", "Frustrations:".</summary>
    private static bool IsLabel(TextUnit unit) =>
        (unit.Lead is { } lead && lead.TrimEnd().EndsWith(':') && unit.AfterLead.Trim().Length == 0)
        || (unit.Text.EndsWith(':') && unit.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5);

    /// <summary>A paragraph or list item that starts with an id, or is a user story. Returns whether it was one.</summary>
    private bool ReadStatement(TextUnit unit, int listDepth)
    {
        var text = unit.Text;
        if (RequirementIds.TryReadAtStart(text, out var id))
        {
            switch (id.Kind)
            {
                case IdKind.AcceptanceCriterion:
                    var criterion = TitleText.AfterSeparators(text[id.Length..]);
                    // A bold pseudo-heading ("**AC1 — Refund**", its colon inside the bold or not) titles the
                    // Given/When/Then steps that follow: a colon joins the title to them.
                    var pseudoHeading = unit.Lead is { } lead && lead.Length >= text.Length - 1;
                    var titled = pseudoHeading ? criterion.TrimEnd(':') + ":" : criterion;
                    scenario = items.Criterion(new PendingCriterion(titled, unit.Line, id.Value, RequirementIds.KeysIn(criterion).ToList(), scope?.Draft));
                    return true;
                case IdKind.Story:
                    var parts = StoryReader.TryRead(text, out var story) ? story : (StoryParts?)null;
                    if (parts is { } found)
                    {
                        items.Story(id.Value, found, unit.Line);
                    }

                    var storyDraft = items.Requirement(id.Value, parts?.Goal ?? TitleAfter(unit, id), RequirementKind.Functional, Priority.Unspecified, unit.Line, DraftOrigin.Story);
                    scope = new OpenRequirement(storyDraft, 0, listDepth, id.Value);
                    return true;
                case var _ when id.CanBeRequirement(Frame.RequirementKind is not null):
                    var draft = items.Requirement(
                        id.Value,
                        TitleAfter(unit, id),
                        KindOf(id, Frame),
                        PriorityReader.Find(text) is var p && p != Priority.Unspecified ? p : Frame.Priority,
                        unit.Line,
                        DraftOrigin.Explicit);
                    scope = new OpenRequirement(draft, 0, listDepth, null);
                    return true;
            }
        }

        if (!StoryReader.TryRead(text, out var parts2))
        {
            return false;
        }

        var storyId = scope?.StoryId;
        items.Story(storyId, parts2, unit.LineAt(parts2.Start));
        if (scope is null)
        {
            items.Requirement(null, parts2.Goal, RequirementKind.Functional, Priority.Unspecified, unit.Line, DraftOrigin.Story);
        }
        else if (storyId is not null && scope.Draft.Title.Length == 0)
        {
            scope.Draft.Title = parts2.Goal;
        }

        return true;
    }

    private static string TitleAfter(TextUnit unit, RequirementId id)
    {
        if (unit.Lead is { } lead && lead.Length > id.Length)
        {
            var inLead = TitleText.AfterSeparators(lead[Math.Min(id.Length, lead.Length)..]);
            if (inLead.Length > 0)
            {
                return TitleText.FirstSentence(inLead);
            }
        }

        return TitleText.FirstSentence(TitleText.AfterSeparators(unit.Text[Math.Min(id.Length, unit.Text.Length)..]));
    }

    private void OnList(ListBlock list, int depth, int nesting)
    {
        foreach (var block in list)
        {
            if (block is ListItemBlock item)
            {
                OnItem(item, depth, nesting);
            }
        }

        if (depth == 0 && schema is { } table)
        {
            items.Entity(new DataEntity(table.Name, table.Line, table.Fields.Distinct(StringComparer.Ordinal).ToValueList()));
            schema = null;
        }
    }

    private void OnItem(ListItemBlock item, int depth, int nesting)
    {
        if (scope is { IsHeadingScoped: false } && scope.ListDepth >= depth)
        {
            scope = null;
        }

        var first = item.Count > 0 ? item[0] as ParagraphBlock : null;
        var children = Blocks.FirstChild<ListBlock>(item);
        if (first is not null)
        {
            OnItemText(inline.Read(first), depth, children);
        }

        foreach (var block in item)
        {
            switch (block)
            {
                case ParagraphBlock paragraph when ReferenceEquals(paragraph, first):
                    break;
                case ListBlock list when nesting < MaxNesting:
                    OnList(list, depth + 1, nesting + 1);
                    break;
                case ListBlock:
                    break;
                case ParagraphBlock paragraph:
                    OnParagraph(inline.Read(paragraph));
                    break;
                case ContainerBlock container and not Table:
                    ReadBlocks(container, depth, nesting + 1);
                    break;
                case Table table:
                    scenario = null;
                    tables.Read(TableView.Read(table, inline), Frame, scope, InMetadata);
                    break;
                case CodeBlock code:
                    OnCode(code, null);
                    break;
            }
        }
    }

    private void OnItemText(TextUnit unit, int depth, ListBlock? children)
    {
        if (unit.IsEmpty || (InMetadata && AddMetadata(unit)) || CriteriaLabel(unit))
        {
            return;
        }

        var frame = Frame;
        if (!ReadStatement(unit, depth))
        {
            Classify(unit, depth, children, frame);
        }

        if (depth == 0 && schema is { } table)
        {
            if (EntityReader.LeadingIdentifier(unit.Text) is { } field)
            {
                table.Fields.Add(field);
            }
        }
        else if (depth == 0)
        {
            if (frame.IsPhase)
            {
                items.PhaseWork(frame.Line, unit.Text);
            }

            Contextual(unit, children, frame);
        }
        else if (PhaseReader.IsDeliveryPhase(unit.Text))
        {
            items.Phase(PhaseReader.Read(unit.Text, unit.Lead, unit.Line));
        }

        Prose(unit);
    }

    /// <summary>An item without an id: a criterion of the current requirement, an id-less requirement, or an in-scope entry.</summary>
    private void Classify(TextUnit unit, int depth, ListBlock? children, HeadingFrame frame)
    {
        var starts = Labels.StartsScenario(unit.Text);
        if (scenario is not null && (starts || Labels.ContinuesScenario(unit.Text)))
        {
            scenario = items.Continue(scenario, unit.Text);
            return;
        }

        scenario = null;
        if (starts && (scope is null || scope.Muted))
        {
            // A scenario outside any requirement: kept, and given at the end to the requirement it names or is about.
            scenario = items.Criterion(new PendingCriterion(unit.Text.Trim(), unit.Line, null, RequirementIds.KeysIn(unit.Text).ToList(), null));
            return;
        }

        var isCriterion = Labels.TryStripCriterion(unit.Text, out var criterion);
        var underRequirement = scope is not null && !scope.Muted && (scope.IsHeadingScoped || scope.AcceptsCriteria || depth > scope.ListDepth);
        if (scope is not null && (underRequirement || unit.IsChecked is not null || isCriterion))
        {
            scope.Draft.AddCriterion(isCriterion ? criterion : unit.Text, unit.Line);
            return;
        }

        var group = children is not null && Labels.IsGroup(unit.Text);
        if (group || isCriterion)
        {
            return;
        }

        if (frame.RequirementKind is { } kind)
        {
            var priority = PriorityReader.Find(unit.Text);
            var draft = items.Requirement(null, TitleText.FirstSentence(unit.Text), kind, priority == Priority.Unspecified ? frame.Priority : priority, unit.Line, DraftOrigin.Bullet);
            scope = new OpenRequirement(draft, 0, depth, null);
        }
        else if (frame is { Role: SectionRole.Scope, InScope: true })
        {
            items.Requirement(null, TitleText.FirstSentence(unit.Text), RequirementKind.Functional, frame.Priority, unit.Line, DraftOrigin.Scope);
        }
    }

    /// <summary>Top-level items whose meaning comes from their section: what is out of scope, risks, success criteria, phases, entities, integrations.</summary>
    private void Contextual(TextUnit unit, ListBlock? children, HeadingFrame frame)
    {
        if (frame.InScope == false)
        {
            items.OutOfScope(unit.Text, unit.Line);
        }

        switch (frame.Role)
        {
            case SectionRole.Risks:
                items.Risk(unit.Text, unit.Line);
                break;
            case SectionRole.SuccessCriteria:
                items.SuccessCriterion(unit.Text, unit.Line);
                break;
            case SectionRole.Timeline when !frame.IsPhase:
            case var _ when PhaseReader.IsDeliveryPhase(unit.Text):
                items.Phase(PhaseReader.Read(unit.Text, unit.Lead, unit.Line));
                break;
            case SectionRole.DatabaseDesign:
                Entity(unit, children);
                break;
        }

        if (frame.NamesIntegrations && unit.Lead is { } lead)
        {
            items.NamedIntegration(lead, unit.Line, unit.Text, frame.Role == SectionRole.Dependencies);
        }
        else if (unit.Lead is { } label && Labels.NamesIntegrations(label.TrimEnd(':')))
        {
            // "**Integrations**: LinkedIn OAuth 2.0 (…), Marketing API for publishing": each entry names a system.
            foreach (var entry in TitleText.AfterSeparators(unit.AfterLead).Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                items.NamedIntegration(IntegrationKinds.NameIn(entry), unit.Line, entry, label.Contains("depend", StringComparison.OrdinalIgnoreCase));
            }
        }
    }

    /// <summary>"**User** — id, email, name", "`Users` (email, name)", or "User" with its fields in the first sub-item.</summary>
    private void Entity(TextUnit unit, ListBlock? children)
    {
        var text = unit.Text.Trim();
        foreach (var keyword in (string[])["@Model ", "@Entity ", "@Table ", "model ", "entity ", "table "])
        {
            if (unit.Lead is null && text.StartsWith(keyword, StringComparison.OrdinalIgnoreCase))
            {
                text = text[keyword.Length..].TrimStart();
                break;
            }
        }

        var name = unit.Lead is { } lead ? Folding.WithoutAsides(lead) : text.Split([' ', '(', '（'], 2)[0].TrimEnd(':', ',', '—');
        var after = text[Math.Min(text.Length, name.Length)..].TrimStart();
        var named = unit.Lead is not null || after.Length == 0 || after[0] is '(' or '（' or '—' or '–' or '-' or ':';
        if (!named || !EntityReader.IsIdentifier(name))
        {
            return;
        }

        var rest = TitleText.AfterSeparators(unit.Lead is not null ? unit.AfterLead : after);
        if (rest.StartsWith('(') && rest.IndexOf(')', StringComparison.Ordinal) is > 0 and var close)
        {
            rest = rest[1..close];
        }

        var fields = EntityReader.FieldList(rest);
        if (fields.Count <= 1 && children is { Count: > 0 } && children[0] is ListItemBlock { Count: > 0 } firstChild && firstChild[0] is ParagraphBlock paragraph
            && EntityReader.FieldList(inline.Read(paragraph).Text) is { Count: > 1 } listed)
        {
            // "**Post** (LinkedIn)" with the fields in its first sub-item.
            fields = listed;
        }

        items.Entity(new DataEntity(name, unit.Line, fields));
    }

    /// <summary>What any prose may hold: endpoints on each line, performance targets in each sentence.</summary>
    private void Prose(TextUnit unit)
    {
        if (Frame.Role == SectionRole.TechnologyStack || (unit.Lead is { } lead && Labels.StatesStack(lead)))
        {
            items.Technologies(unit.Text, unit.Line);
        }

        // A line can only hold an endpoint if the whole text names a method: prose that names none (nearly all) is not split into lines.
        if (EndpointReader.MayContainMethod(unit.Text))
        {
            foreach (var line in unit.SourceLines())
            {
                Endpoints(line.Text, line.Line);
            }
        }

        foreach (var (text, start, metric) in TargetReader.InProse(unit.Text))
        {
            items.Target(text, metric, unit.LineAt(start));
        }
    }

    private void Endpoints(string text, int line)
    {
        foreach (var (method, path) in EndpointReader.InText(text))
        {
            items.Endpoint(method, path, line);
        }
    }

    /// <summary>Whether the paragraph before a code block says the code is a schema ("**DynamoDB Table Schema**:").</summary>
    private bool NamesSchema(Block? before)
    {
        if (before is not ParagraphBlock paragraph)
        {
            return false;
        }

        return SchemaWords.TryFind(inline.Read(paragraph).Text, out _);
    }

    private void OnCode(CodeBlock code, Block? after)
    {
        if (Frame.IsMetadata && code is FencedCodeBlock { Info: "yaml" or "yml" })
        {
            MetadataReader.ReadFrontMatter(code.Lines.ToString(), items.Metadata);
        }

        // Lines become strings only where something is read from them: most code names no endpoint and holds no table.
        var mayHoldEntities = false;
        for (var i = 0; i < code.Lines.Count; i++)
        {
            var line = code.Lines.Lines[i];
            var text = line.Slice.AsSpan();
            mayHoldEntities = mayHoldEntities || text.Contains("TABLE", StringComparison.OrdinalIgnoreCase) || text.Contains("model ", StringComparison.Ordinal)
                || text.Contains("type ", StringComparison.Ordinal) || text.Contains("interface ", StringComparison.Ordinal) || text.Contains("──", StringComparison.Ordinal);
            if (EndpointReader.MayBeInCode(text))
            {
                foreach (var (method, path) in EndpointReader.InCode(text.ToString()))
                {
                    items.Endpoint(method, path, line.Line + 1);
                }
            }
        }

        if (mayHoldEntities)
        {
            var lines = new List<(string Text, int Line)>(code.Lines.Count);
            for (var i = 0; i < code.Lines.Count; i++)
            {
                lines.Add((code.Lines.Lines[i].Slice.ToString(), code.Lines.Lines[i].Line + 1));
            }

            foreach (var entity in EntityReader.InCode(lines, Frame.Role == SectionRole.DatabaseDesign || NamesSchema(after)))
            {
                items.Entity(entity);
            }
        }
    }
}
