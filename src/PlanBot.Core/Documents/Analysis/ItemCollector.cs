using System.Collections.ObjectModel;
using PlanBot.Core.Text;

namespace PlanBot.Core.Documents.Analysis;

/// <summary>
/// Collects what the reader finds, de-duplicated (the first occurrence keeps its line), and builds the
/// <see cref="RequirementsDocument"/>. Which requirements are kept is decided at the end, when the whole document is known:
/// requirements written with ids always; id-less bullets of a requirements section when no requirement of that kind has
/// an id; and when the document states no functional requirement at all, its user stories with ids, then its in-scope
/// (MVP) bullets, then its id-less stories, so the plan still has something to trace.
/// </summary>
internal sealed class ItemCollector(DocumentKind kind)
{

    private readonly Dictionary<string, string> metadata = new(StringComparer.Ordinal);
    private readonly List<DocumentSection> sections = [];
    private readonly List<RequirementDraft> drafts = [];
    private readonly List<PendingCriterion> pendingCriteria = [];
    private readonly List<UserStory> stories = [];
    private readonly HashSet<string> storyKeys = new(StringComparer.Ordinal);
    private readonly List<ApiEndpoint> endpoints = [];
    private readonly HashSet<string> endpointKeys = new(StringComparer.Ordinal);
    private readonly List<DataEntity> entities = [];
    private readonly HashSet<string> entityNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<PerformanceTarget> targets = [];
    private readonly HashSet<(string, int)> targetKeys = [];
    private readonly List<DocumentItem> risks = [];
    private readonly HashSet<string> riskKeys = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<DocumentItem> successCriteria = [];
    private readonly HashSet<string> successKeys = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<DocumentItem> outOfScope = [];
    private readonly HashSet<string> outOfScopeKeys = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<SuggestedPhase> phases = [];
    private readonly HashSet<string> phaseKeys = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Name, int Line, IntegrationKind Kind)> namedIntegrations = [];
    private readonly List<Technology> stack = [];
    private readonly HashSet<string> integrationNames = new(StringComparer.OrdinalIgnoreCase);

    public IDictionary<string, string> Metadata => metadata;

    public void Section(DocumentSection section) => sections.Add(section);

    public RequirementDraft Requirement(string? id, string title, RequirementKind requirementKind, Priority priority, int line, DraftOrigin origin)
    {
        var draft = new RequirementDraft(id, title, requirementKind, priority, line, origin);
        drafts.Add(draft);
        return draft;
    }

    public PendingCriterion Criterion(PendingCriterion criterion)
    {
        pendingCriteria.Add(criterion);
        return criterion;
    }

    /// <summary>A Given/When/Then step added to the criterion it continues: "Given a paid berth, when I print, then …".</summary>
    public PendingCriterion Continue(PendingCriterion criterion, string step)
    {
        var text = criterion.Text.Length == 0 ? step.Trim()
            : criterion.Text.EndsWith(':') ? $"{criterion.Text} {step.Trim()}"
            : $"{criterion.Text}, {Lowered(step.Trim())}";
        var continued = criterion with { Text = text, Keys = RequirementIds.KeysIn(text).ToList() };
        pendingCriteria[pendingCriteria.LastIndexOf(criterion)] = continued;
        return continued;
    }

    private static string Lowered(string step) =>
        step.Length > 1 && char.IsUpper(step[0]) && !char.IsUpper(step[1]) ? char.ToLowerInvariant(step[0]) + step[1..] : step;

    public void Story(string? id, StoryParts parts, int line)
    {
        if (storyKeys.Add(id is null ? $"L{line}" : RequirementIds.Key(id)))
        {
            stories.Add(new UserStory(id, parts.Role, parts.Goal, parts.Benefit, line));
        }
    }

    public void Endpoint(string method, string path, int line)
    {
        if (endpointKeys.Add(EndpointReader.Key(method, path)))
        {
            endpoints.Add(new ApiEndpoint(method, path, line));
        }
    }

    public void Entity(DataEntity entity)
    {
        if (entity.Name.Length > 0 && entityNames.Add(entity.Name))
        {
            entities.Add(entity);
        }
    }

    public void Target(string text, string metric, int line)
    {
        if (targetKeys.Add((text, line)))
        {
            targets.Add(new PerformanceTarget(text, metric, line));
        }
    }

    public void Risk(string text, int line) => Item(risks, riskKeys, text, line);

    public void SuccessCriterion(string text, int line) => Item(successCriteria, successKeys, text, line);

    public void OutOfScope(string text, int line) => Item(outOfScope, outOfScopeKeys, text, line);

    public void Phase(SuggestedPhase? phase)
    {
        if (phase is not null && phaseKeys.Add(phase.Name))
        {
            phases.Add(phase);
        }
    }

    /// <summary>An item under the heading of the phase at <paramref name="line"/>: part of what the phase does.</summary>
    public void PhaseWork(int line, string text)
    {
        var at = phases.FindIndex(p => p.Line == line);
        if (at >= 0 && !string.IsNullOrWhiteSpace(text))
        {
            var work = phases[at].Work;
            // Items are joined as a list is read out: "a; b. c" keeps each item's own full stop.
            phases[at] = phases[at] with { Work = work.Length == 0 ? text.Trim() : work.TrimEnd().EndsWith('.') || work.TrimEnd().EndsWith(';') ? $"{work} {text.Trim()}" : $"{work}; {text.Trim()}" };
        }
    }

    /// <summary>
    /// A system named in an integrations or dependencies list (a heading, a bold lead, a table's first column) that the
    /// catalogue does not know, with the text around it for its kind. An id ("**D1:** …") names an entry, not a system;
    /// in a dependencies list, a practice ("Pre-commit hooks", "Code review") is no system either.
    /// </summary>
    public void NamedIntegration(string name, int line, string context, bool dependency)
    {
        var clean = Folding.WithoutAsides(name);
        var isId = RequirementIds.TryReadAtStart(clean, out var id) && id.Length >= clean.Length;
        if (clean.Length is >= 2 and <= 60 && !isId && !clean.Contains('/', StringComparison.Ordinal) && !IntegrationCatalog.IsKnown(clean)
            && !(dependency && IntegrationKinds.IsPractice(clean)) && integrationNames.Add(clean))
        {
            namedIntegrations.Add((clean, line, IntegrationKinds.Infer(clean, context)));
        }
    }

    /// <summary>The languages, frameworks and hosting a text that states the stack names ("Backend: Go 1.23 with Fiber"), not those it excludes.</summary>
    public void Technologies(string text, int line)
    {
        var uses = ConstraintReader.Blank(text, ConstraintReader.Spans(text).Select(s => (s.Start, s.Length)));
        foreach (var (name, technologyKind) in TechnologyCatalog.InStack(uses))
        {
            Technology(name, technologyKind, line);
        }
    }

    private void Technology(string name, TechnologyKind technologyKind, int line)
    {
        if (!stack.Exists(t => t.Name == name))
        {
            stack.Add(new Technology(name, technologyKind, line));
        }
    }

    public RequirementsDocument Build(string title, string source)
    {
        var (requirements, owners, unlinked) = Requirements(LinkCriteria());
        var criteria = Criteria(owners, unlinked);
        var lines = new LineIndex(source);
        var negated = ConstraintReader.Spans(source).ToList();
        var uses = negated.Count == 0 ? source : ConstraintReader.Blank(source, negated.Select(s => (s.Start, s.Length)));
        var integrations = Integrations(uses, lines);
        var constraints = Constraints(source, negated, integrations, lines);
        var pieces = PieceReader.Read(source);
        return new RequirementsDocument(
            kind,
            title,
            new ReadOnlyDictionary<string, string>(metadata),
            sections.ToValueList(),
            requirements,
            criteria,
            stories.OrderBy(s => s.Line).ToValueList(),
            endpoints.OrderBy(e => e.Line).ToValueList(),
            entities.OrderBy(e => e.Line).ToValueList(),
            integrations,
            Stack(uses, lines),
            targets.OrderBy(t => t.Line).ToValueList(),
            risks.ToValueList(),
            successCriteria.ToValueList(),
            phases.OrderBy(p => p.Line).ToValueList(),
            constraints,
            NotFound(requirements, criteria, integrations))
        {
            Signals = ProjectSignals.Read(uses, source, lines),
            Facts = StatedFacts.Read(uses, source, lines),
            OutOfScope = outOfScope.ToValueList(),
            Pieces = pieces.Where(p => p.Names.Count > 0).ToValueList(),
            Statements = pieces.Where(p => p.Names.Count == 0).ToValueList(),
        };
    }

    private static void Item(List<DocumentItem> items, HashSet<string> keys, string text, int line)
    {
        var clean = text.Trim();
        if (clean.Length > 0 && keys.Add(clean))
        {
            items.Add(new DocumentItem(clean, line));
        }
    }

    /// <summary>
    /// The requirements kept, each kept draft with the key its requirement ended up with, and the criteria that name
    /// none of them and share too few words with any to be given to one.
    /// </summary>
    private (ValueList<Requirement> Requirements, List<(RequirementDraft Draft, string Key)> Owners, List<PendingCriterion> Unlinked) Requirements(List<PendingCriterion> unlinked)
    {
        var kept = drafts.Where(d => d.Origin == DraftOrigin.Explicit).ToList();
        foreach (var requirementKind in (RequirementKind[])[RequirementKind.Functional, RequirementKind.NonFunctional])
        {
            if (!kept.Any(d => d.Kind == requirementKind))
            {
                kept.AddRange(drafts.Where(d => d.Origin == DraftOrigin.Bullet && d.Kind == requirementKind));
            }
        }

        Func<RequirementDraft, bool>[] fallbacks =
        [
            d => d.Origin == DraftOrigin.Story && d.Id is not null,
            d => d.Origin == DraftOrigin.Scope,
            d => d.Origin == DraftOrigin.Story && d.Id is null,
        ];
        foreach (var fallback in fallbacks)
        {
            if (!kept.Any(d => d.Kind == RequirementKind.Functional))
            {
                kept.AddRange(drafts.Where(fallback));
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unique = kept.OrderBy(d => d.Line).Where(d => d.Key is null || seen.Add(d.Key)).ToList();
        var candidates = unique.Select(d => (Draft: d, Stems: Words.Stems(d.Title))).ToList();
        var left = new List<PendingCriterion>();
        foreach (var criterion in unlinked)
        {
            var stems = Words.Stems(criterion.Text);
            var best = Words.MostShared(candidates.Select(c => Words.Overlap(stems, c.Stems)).ToList());
            if (best >= 0)
            {
                candidates[best].Draft.AddCriterion(criterion.Stated, criterion.Line, criterion.Id);
            }
            else
            {
                left.Add(criterion);
            }
        }

        var requirements = unique.Select(d => d.ToRequirement()).ToList();
        var keys = TitleKeys.Assign(requirements);
        return (
            requirements.Select((r, i) => r.Key == keys[i] ? r : r with { Key = keys[i] }).ToValueList(),
            unique.Select((d, i) => (d, keys[i])).ToList(),
            left);
    }

    /// <summary>
    /// Moves criteria to the drafts they belong to: those written under a second heading of the same id (a separate
    /// criteria section repeating <c>### US-1</c>) to the first; a story's to the requirements that trace to it; an
    /// <c>AC-01</c> row or item to the requirements it names, else the one it sits under. Returns the criteria that
    /// name and sit under none.
    /// </summary>
    private List<PendingCriterion> LinkCriteria()
    {
        var byKey = new Dictionary<string, RequirementDraft>(StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            if (draft.Key is { } key && !byKey.TryAdd(key, draft))
            {
                var first = byKey[key];
                draft.Criteria.ForEach(c => first.AddCriterion(c.Text, c.Line, c.Id));
                draft.Criteria.Clear();
            }
        }

        foreach (var draft in drafts)
        {
            if (draft.StoryKeys.Count == 0)
            {
                continue;
            }

            foreach (var story in draft.StoryKeys.Select(key => byKey.GetValueOrDefault(key)).OfType<RequirementDraft>().Where(d => d.Origin == DraftOrigin.Story).ToList())
            {
                story.Criteria.ForEach(c => draft.AddCriterion(c.Text, c.Line, c.Id));
            }
        }

        var unlinked = new List<PendingCriterion>();
        foreach (var criterion in pendingCriteria)
        {
            var named = criterion.Keys.Select(key => byKey.GetValueOrDefault(key)).OfType<RequirementDraft>().Distinct().ToList();
            var owners = named.Count > 0 ? named : criterion.Under is { } under ? [under] : [];
            owners.ForEach(draft => draft.AddCriterion(criterion.Stated, criterion.Line, criterion.Id));
            if (owners.Count == 0)
            {
                unlinked.Add(criterion);
            }
        }

        return unlinked;
    }

    /// <summary>
    /// Every criterion stated, in document order: owned by the requirements kept that hold it (a story's criterion
    /// copied to the requirement that traces to it belongs to that requirement), else by the story whose draft holds
    /// it, else by nothing.
    /// </summary>
    private ValueList<AcceptanceCriterion> Criteria(List<(RequirementDraft Draft, string Key)> owners, List<PendingCriterion> unlinked)
    {
        var listed = new List<AcceptanceCriterion>();
        var seen = new HashSet<(string, int)>();
        void Add(AcceptanceCriterion criterion, string? owner)
        {
            if (seen.Add((criterion.Text, criterion.Line)))
            {
                listed.Add(criterion with { Owner = owner });
            }
        }

        // A criterion that names two requirements belongs to both: it is listed once for each.
        var kept = owners.Select(o => o.Draft).ToHashSet();
        foreach (var (draft, key) in owners)
        {
            listed.AddRange(draft.Criteria.Select(c => c with { Owner = key }));
        }

        seen.UnionWith(listed.Select(c => (c.Text, c.Line)));

        foreach (var draft in drafts.Where(d => !kept.Contains(d)))
        {
            var story = draft.Origin == DraftOrigin.Story ? draft.Id?.Trim() : null;
            draft.Criteria.ForEach(c => Add(c, story));
        }

        unlinked.ForEach(c => Add(new AcceptanceCriterion(c.Stated, c.Line, c.Id, null), null));
        return listed.Where(c => c.Text.Length > 0).OrderBy(c => c.Line).ToValueList();
    }

    /// <summary>
    /// The sentences that exclude a known system the document never uses elsewhere (every mention of it negated):
    /// "do not use a Redis-backed cache" in a document that uses Redis nowhere else. A system also used elsewhere is
    /// not excluded by one sentence about one use of it.
    /// </summary>
    private static ValueList<Constraint> Constraints(string source, List<(int Start, int Length, int SentenceStart, int SentenceLength)> negated, ValueList<Integration> used, LineIndex lines)
    {
        var constraints = new List<Constraint>();
        foreach (var sentence in negated.GroupBy(s => (s.SentenceStart, s.SentenceLength)))
        {
            var excluded = new List<string>();
            foreach (var span in sentence)
            {
                var mentioned = IntegrationCatalog.Scan(source.Substring(span.Start, span.Length));
                for (var entry = 0; entry < mentioned.Length; entry++)
                {
                    var name = IntegrationCatalog.Entry(entry).Name;
                    if (mentioned[entry].Count > 0 && !used.Any(i => i.Name == name) && !excluded.Contains(name))
                    {
                        excluded.Add(name);
                    }
                }
            }

            if (excluded.Count > 0)
            {
                // As a person reads it: without the list marker, the table's pipes and the bold markers.
                var text = source.Substring(sentence.Key.SentenceStart, sentence.Key.SentenceLength)
                    .Replace("**", string.Empty, StringComparison.Ordinal).Replace(" | ", " — ", StringComparison.Ordinal)
                    .Trim().TrimStart('-', '*', '+', '|', ' ').TrimEnd('|', ' ');
                constraints.Add(new Constraint(text, lines.LineOf(sentence.Key.SentenceStart), excluded.ToValueList()));
            }
        }

        return constraints.ToValueList();
    }

    /// <summary>
    /// What the stack sections state and, in a TRD, the unambiguous names written anywhere else (outside exclusions),
    /// by first line. A PRD names technologies its users have ("consumers parse events in Python"), not the stack.
    /// </summary>
    private ValueList<Technology> Stack(string uses, LineIndex lines)
    {
        // Front matter states the stack too ("tech_stack: primary: Go"); its lines are not kept, so it counts from line 1.
        foreach (var (_, value) in metadata.Where(m => m.Key.Contains("stack", StringComparison.OrdinalIgnoreCase) || m.Key.Contains("language", StringComparison.OrdinalIgnoreCase)))
        {
            Technologies(value, 1);
        }

        foreach (var (name, technologyKind, offset) in kind == DocumentKind.Trd ? TechnologyCatalog.Anywhere(uses) : [])
        {
            Technology(name, technologyKind, lines.LineOf(offset));
        }

        return stack.OrderBy(t => t.Line).ToValueList();
    }

    private ValueList<Integration> Integrations(string source, LineIndex lines)
    {
        var integrations = new List<Integration>();
        var mentioned = IntegrationCatalog.Scan(source);
        for (var entry = 0; entry < mentioned.Length; entry++)
        {
            var (first, count) = mentioned[entry];
            if (count > 0)
            {
                var (name, integrationKind) = IntegrationCatalog.Entry(entry);
                integrations.Add(new Integration(name, integrationKind, lines.LineOf(first), count));
            }
        }

        foreach (var (name, line, integrationKind) in namedIntegrations)
        {
            var mentions = IntegrationCatalog.WordOccurrences(source, name).ToList();
            integrations.Add(new Integration(name, integrationKind, mentions.Count > 0 ? lines.LineOf(mentions[0]) : line, Math.Max(1, mentions.Count)));
        }

        return integrations.OrderBy(i => i.Line).ThenBy(i => i.Name, StringComparer.Ordinal).ToValueList();
    }

    private ValueList<string> NotFound(ValueList<Requirement> requirements, ValueList<AcceptanceCriterion> criteria, ValueList<Integration> integrations)
    {
        var absent = new List<string>();
        if (kind == DocumentKind.Prd)
        {
            Absent(absent, "requirements", requirements.Count == 0);
            Absent(absent, "user stories", stories.Count == 0);
            Absent(absent, "acceptance criteria", criteria.Count == 0);
            Absent(absent, "performance targets", targets.Count == 0);
            Absent(absent, "success criteria", successCriteria.Count == 0);
            Absent(absent, "risks", risks.Count == 0);
            Absent(absent, "timeline", phases.Count == 0);
        }
        else
        {
            Absent(absent, "endpoints", endpoints.Count == 0);
            Absent(absent, "data entities", entities.Count == 0);
            Absent(absent, "integrations", integrations.Count == 0);
            Absent(absent, "performance targets", targets.Count == 0);
        }

        return absent.ToValueList();
    }

    private static void Absent(List<string> absent, string what, bool isAbsent)
    {
        if (isAbsent)
        {
            absent.Add(what);
        }
    }
}
