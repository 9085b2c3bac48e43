using System.Text.RegularExpressions;

namespace PlanBot.Core.Documents.Analysis;

/// <summary>
/// What a pipe table holds, from its header and its section: metadata (<c>| Field | Value |</c>), requirements and
/// stories by id (<c>| ID | Requirement | Priority |</c> with any columns), acceptance criteria (<c>| AC-01 | … |</c>),
/// risks, success metrics, roadmap phases, an entity's schema (<c>| Field | Type |</c>), integrations by name, and in
/// any row endpoints (method and path may sit in different cells) and targets (the metric and its target are read
/// together: <c>| API response time (p95) | &lt; 500ms |</c>).
/// </summary>
internal sealed partial class TableReader(ItemCollector items)
{
    private static readonly char[] KeyDecoration = ['*', ':', ' '];
    private static readonly char[] Emphasis = ['*', ' '];

    private static readonly string[] IdHeaders = ["id", "#", "req id", "requirement id", "ref", "código", "codigo", "code", "no", "nº", "req", "key"];
    private static readonly string[] TitleHeaders =
    [
        "requirement", "requisito", "description", "descrição", "descricao", "feature", "title", "título", "name", "nome", "story",
        "user story", "história", "criterion", "critério", "capability", "funcionalidade", "item", "need",
    ];

    // Looked up per row: fields, not a params array per call.
    private static readonly string[] TargetHeaders = ["target", "meta", "goal", "objetivo", "alvo"];
    private static readonly string[] PhaseHeaders = ["phase", "fase", "milestone", "marco", "sprint", "stage", "etapa", "week", "semana"];

    public void Read(TableView table, HeadingFrame frame, OpenRequirement? scope, bool inMetadata)
    {
        if (inMetadata && IsMetadata(table))
        {
            foreach (var row in table.Rows)
            {
                var key = row.Cell(0).Trim(KeyDecoration);
                var value = row.Cell(1);
                if (key.Length > 0 && value.Length > 0)
                {
                    items.Metadata.TryAdd(key, value);
                }
            }

            return;
        }

        var idColumn = Math.Max(0, table.Column(IdHeaders));
        var titleColumn = table.Column(TitleHeaders);
        var priorityColumn = table.Column("priority", "prioridade", "moscow", "prio", "importance");
        var criteriaColumn = table.Column("acceptance criteria", "critérios de aceite", "ac", "target", "meta", "alvo", "success metric");
        var riskColumn = table.Column("risk", "risco", "risk description", "风险");
        var dependsColumn = table.Column("depends on", "dependencies", "dependency", "blocked by", "prerequisites", "prerequisite", "depende de", "dependências");
        var requirementTable = frame.RequirementKind is not null || titleColumn >= 0 || priorityColumn >= 0;
        foreach (var row in table.Rows)
        {
            var id = IdOf(row.Cell(idColumn));
            var label = FirstText(row, id is null ? -1 : idColumn);
            if (id is { } found)
            {
                Identified(found, row, frame, scope, requirementTable, (titleColumn, priorityColumn, criteriaColumn, idColumn, dependsColumn));
            }

            if (riskColumn >= 0 || frame.Role == SectionRole.Risks)
            {
                Add(row.Cell(riskColumn >= 0 ? riskColumn : label), row.Line, items.Risk);
            }

            Contextual(table, row, frame, label);
            Endpoints(row);
            Target(row, id is null ? -1 : idColumn);
        }

        if (frame.Role == SectionRole.DatabaseDesign && table.Column("field", "column", "name", "attribute", "campo", "coluna", "字段名", "字段", "property", "atributo", "nome") == 0
            && table.Column("type", "data type", "tipo", "类型") > 0 && Folding.WithoutAsides(frame.Words) is { Length: > 0 } entity
            && SectionClassifier.Classify(entity) != SectionRole.DatabaseDesign)
        {
            // The schema of the entity its heading names ("### 3.1 Location (Immutable)"), not of the section itself.
            items.Entity(new DataEntity(EntityLabel().Replace(entity, string.Empty), frame.Line, table.Rows.Select(r => r.Cell(0)).Where(f => f.Length > 0).ToValueList()));
        }
    }

    /// <summary>A heading that labels what it names ("### Table: links", "### Entidade — Conta"): the name is what follows.</summary>
    [GeneratedRegex(@"^(?:table|entity|model|collection|tabela|entidade|coleção|表)\s*[:—–-]\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EntityLabel();

    private static bool IsMetadata(TableView table)
    {
        var first = table.Header.ElementAtOrDefault(0)?.Trim(Emphasis) ?? string.Empty;
        var second = table.Header.ElementAtOrDefault(1)?.Trim(Emphasis) ?? string.Empty;
        return table.Header.Length >= 2
            && first is "" or "field" or "campo" or "key" or "chave" or "property" or "item" or "attribute"
            && second is "" or "value" or "valor" or "detail" or "details";
    }

    private static RequirementId? IdOf(string cell) =>
        RequirementIds.TryReadAtStart(cell, out var id) && TitleText.AfterSeparators(cell[id.Length..]).Length == 0 ? id : null;

    /// <summary>The first cell with text other than the id column: what the row is about.</summary>
    private static int FirstText(TableRowView row, int idColumn)
    {
        for (var i = 0; i < row.Cells.Length; i++)
        {
            if (i != idColumn && row.Cell(i).Length > 0)
            {
                return i;
            }
        }

        return -1;
    }

    private void Identified(RequirementId id, TableRowView row, HeadingFrame frame, OpenRequirement? scope, bool requirementTable, (int Title, int Priority, int Criteria, int Id, int DependsOn) columns)
    {
        var others = string.Join(" — ", row.Cells.Where((_, i) => i != columns.Id && i != columns.DependsOn).Select(c => c.Text.Trim()).Where(t => t.Length > 0));
        var title = columns.Title >= 0 ? row.Cell(columns.Title) : row.Cell(FirstText(row, columns.Id));
        var priority = columns.Priority >= 0 ? PriorityReader.Parse(row.Cell(columns.Priority)) : Priority.Unspecified;
        switch (id.Kind)
        {
            case IdKind.AcceptanceCriterion:
                items.Criterion(new PendingCriterion(title.Length > 0 ? title : others, row.Line, id.Value, RequirementIds.KeysIn(others).ToList(), scope?.Draft));
                return;
            case IdKind.Story:
                var story = row.Cells.Select(c => StoryReader.TryRead(c.Text, out var parts) ? parts : (StoryParts?)null).FirstOrDefault(p => p is not null);
                if (story is { } found)
                {
                    items.Story(id.Value, found, row.Line);
                }

                items.Requirement(id.Value, story?.Goal ?? title, RequirementKind.Functional, priority, row.Line, DraftOrigin.Story);
                return;
            case var _ when id.CanBeRequirement(requirementTable):
                var kind = id.Kind switch
                {
                    IdKind.NonFunctional => RequirementKind.NonFunctional,
                    IdKind.DomainCoded => frame.RequirementKind ?? RequirementKind.Functional,
                    _ => RequirementKind.Functional,
                };
                var draft = items.Requirement(id.Value, TitleText.FirstSentence(title), kind, priority == Priority.Unspecified ? frame.Priority : priority, row.Line, DraftOrigin.Explicit);
                if (columns.Criteria >= 0 && row.Cell(columns.Criteria).Length > 0)
                {
                    draft.AddCriterion(row.Cell(columns.Criteria), row.Line);
                }

                if (columns.DependsOn >= 0)
                {
                    draft.DependsOn.AddRange(RequirementIds.KeysIn(row.Cell(columns.DependsOn)));
                }

                draft.Details = Details(row, columns);

                draft.StoryKeys.AddRange(row.Cells.Where((_, i) => i != columns.Id)
                    .SelectMany(c => RequirementIds.KeysIn(c.Text))
                    .Where(key => RequirementIds.KindOf(key.Split('-')[0]) == IdKind.Story));

                return;
        }
    }

    /// <summary>
    /// The cells of a requirement's row that say more of it ("Per ZIMRA bands"): not its id, title, priority, criteria or
    /// dependencies, nor a cell that only marks (a priority, "Yes", a number, ids).
    /// </summary>
    private static string Details(TableRowView row, (int Title, int Priority, int Criteria, int Id, int DependsOn) columns)
    {
        var taken = new[] { columns.Title, columns.Priority, columns.Criteria, columns.Id, columns.DependsOn };
        return string.Join("; ", row.Cells
            .Select((cell, i) => (Text: cell.Text.Trim(), Index: i))
            .Where(c => !taken.Contains(c.Index) && c.Text.Count(char.IsLetter) > 3 && PriorityReader.Parse(c.Text) == Priority.Unspecified && !RequirementIds.KeysIn(c.Text).Any())
            .Select(c => c.Text));
    }

    private void Contextual(TableView table, TableRowView row, HeadingFrame frame, int label)
    {
        if (label < 0)
        {
            return;
        }

        var first = row.Cell(label);
        if (frame.Role == SectionRole.SuccessCriteria)
        {
            var target = table.Column(TargetHeaders);
            var value = row.Cell(target > label ? target : NextText(row, label));
            items.SuccessCriterion(value.Length > 0 ? $"{first}: {value}" : first, row.Line);
        }

        if ((frame.Role == SectionRole.Timeline && !frame.IsPhase) || table.Column(PhaseHeaders) == 0)
        {
            items.Phase(PhaseReader.Read(string.Join(" ", row.Cells.Select(c => c.Text)), first, row.Line));
        }

        if (frame.Role == SectionRole.TechnologyStack)
        {
            items.Technologies(string.Join(" | ", row.Cells.Select(c => c.Text)), row.Line);
        }

        if (frame.NamesIntegrations && !row.Cells.Any(c => Folding.Fold(c.Text).Trim() is "internal" or "interno" or "interna"))
        {
            items.NamedIntegration(first, row.Line, string.Join(" ", row.Cells.Select(c => c.Text)), frame.Role == SectionRole.Dependencies);
        }
    }

    private static int NextText(TableRowView row, int after)
    {
        for (var i = after + 1; i < row.Cells.Length; i++)
        {
            if (row.Cell(i).Length > 0)
            {
                return i;
            }
        }

        return -1;
    }

    private void Endpoints(TableRowView row)
    {
        // A method name cannot span the blank the cells are joined with: a row none of whose cells names one is not joined.
        if (!row.Cells.Any(cell => EndpointReader.MayContainMethod(cell.Text)))
        {
            return;
        }

        var joined = string.Join(" ", row.Cells.Select(c => c.Text.Trim()));
        foreach (var (method, path) in EndpointReader.InText(joined))
        {
            items.Endpoint(method, path, row.Line);
        }
    }

    /// <summary>One target per row: the first cell that states one, read together with the row's label cell.</summary>
    private void Target(TableRowView row, int idColumn)
    {
        var label = FirstText(row, idColumn);
        if (label < 0)
        {
            return;
        }

        var first = row.Cell(label);
        if (TargetReader.Metric(first) is { } own)
        {
            items.Target(first, own, row.Line);
            return;
        }

        for (var i = label + 1; i < row.Cells.Length; i++)
        {
            foreach (var (sentence, _) in TargetReader.Sentences(row.Cell(i)))
            {
                // A long label (a risk, a sentence) would bury the target: keep the sentence alone then.
                var text = first.Length > 60 || first.EndsWith('.') ? sentence : $"{first}: {sentence}";
                if (TargetReader.Metric(text) is { } metric)
                {
                    items.Target(text, metric, row.Line);
                    return;
                }
            }
        }
    }

    private static void Add(string text, int line, Action<string, int> add)
    {
        if (text.Length > 0)
        {
            add(text, line);
        }
    }
}
