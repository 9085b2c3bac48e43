using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PlanBot.Core.Documents;

namespace PlanBot.Core.Scoping;

/// <summary>Builds the questionnaire tailored to the documents (MVP choices = PRD requirements, and so on).</summary>
public sealed partial class QuestionnaireBuilder
{
    public Questionnaire Build(DocumentSet documents) =>
        Build(documents, ValueList<QuestionOverride>.Empty, ValueList<ExtraQuestion>.Empty);

    /// <summary>
    /// Builds the questionnaire and applies the repository's configuration. Overrides of unknown ids and extra
    /// questions whose id is already taken are ignored here; the configuration reader reports them.
    /// </summary>
    public Questionnaire Build(DocumentSet documents, ValueList<QuestionOverride> overrides, ValueList<ExtraQuestion> extras)
    {
        var builtIn = BuiltIn(documents).Select(q => Apply(Stated(q, documents), overrides)).ToList();
        var taken = new HashSet<string>(builtIn.Select(q => q.Id), StringComparer.OrdinalIgnoreCase);
        var added = new List<Question>();
        foreach (var extra in extras)
        {
            if (!string.IsNullOrWhiteSpace(extra.Id) && taken.Add(extra.Id.Trim()))
            {
                added.Add(new Question(extra.Id.Trim(), extra.Category, extra.Prompt, extra.Type, extra.Required, extra.Default, ValueList<QuestionChoice>.Empty));
            }
        }

        // Stable sort: categories in the standard's order, built-ins before extras within a category.
        return new Questionnaire(builtIn.Concat(added).OrderBy(q => q.Category).ToValueList());
    }

    /// <summary>
    /// The question with what the documents state as its default (the PRD's first, then the TRD's): a person's answer
    /// still wins, but nobody has to give one.
    /// </summary>
    private static Question Stated(Question question, DocumentSet documents)
    {
        FactKind? kind = question.Id switch
        {
            QuestionIds.TeamSize => FactKind.TeamSize,
            QuestionIds.StartDate => FactKind.StartDate,
            QuestionIds.Deadline => FactKind.Deadline,
            QuestionIds.DeploymentStrategy => FactKind.DeploymentStrategy,
            QuestionIds.Effort => FactKind.Effort,
            QuestionIds.TeamHoursPerWeek => FactKind.HoursPerWeek,
            QuestionIds.QualityGates or QuestionIds.TestApproach => FactKind.Coverage,
            _ => null,
        };
        var stated = new[] { documents.Prd, documents.Trd }
            .SelectMany(d => d.Facts.Where(f => f.Kind == kind).Select(f => (Fact: f, Document: d.Kind)))
            .FirstOrDefault();
        return stated.Fact is not { } fact
            ? question
            : question with { Default = DefaultFrom(question, fact), Required = false, Stated = $"{Source.Describe(stated.Document, fact.Line)}: “{fact.Evidence}”" };
    }

    /// <summary>The fact as the question's default: a coverage is the coverage of the usual gates and testing approach.</summary>
    private static string DefaultFrom(Question question, StatedFact fact) =>
        fact.Kind == FactKind.Coverage && question.Default is { } usual ? CoverageFigure().Replace(usual, fact.Value, 1) : fact.Value;

    private static Question Apply(Question question, ValueList<QuestionOverride> overrides)
    {
        var change = overrides.LastOrDefault(o => string.Equals(o.Id?.Trim(), question.Id, StringComparison.OrdinalIgnoreCase));
        return change is null
            ? question
            : question with
            {
                Prompt = string.IsNullOrWhiteSpace(change.Prompt) ? question.Prompt : change.Prompt,
                Default = change.Default ?? question.Default,
                Required = change.Required ?? question.Required,
            };
    }

    private static IEnumerable<Question> BuiltIn(DocumentSet documents)
    {
        var requirements = Distinct(documents.Prd.Requirements.Where(r => r.Kind == RequirementKind.Functional), r => r.Key);
        var mustHaves = requirements.Where(r => r.Priority == Priority.MustHave).ToList();
        var mvp = requirements.Where(r => mustHaves.Count == 0 || r.Priority == Priority.MustHave).ToList();
        var later = requirements.Except(mvp).ToList();
        var integrations = Distinct(documents.Trd.Integrations.Concat(documents.Prd.Integrations), i => i.Name);
        var targets = Distinct(documents.Trd.PerformanceTargets.Concat(documents.Prd.PerformanceTargets), t => t.Text.Trim());
        var risks = documents.Trd.Risks.Concat(documents.Prd.Risks).Select(r => r.Text.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var endpoints = documents.Trd.Endpoints.Count;
        var kind = ProjectKindDecision.Decide(documents);
        var stack = documents.Trd.Stack.Concat(documents.Prd.Stack).Where(t => t.Kind != TechnologyKind.Hosting).Select(t => t.Name).Distinct(StringComparer.Ordinal).Take(MaxStackNames).ToList();
        var language = documents.Trd.Stack.Concat(documents.Prd.Stack).FirstOrDefault(t => t.Kind == TechnologyKind.Language)?.Name;
        var subject = ProjectKindNames.Subject(kind.Kind);
        var named = integrations.Where(i => i.IsExternal).Select(i => i.Name).ToList();
        var phases = ProposedPhases.Of(documents);

        const QuestionCategory team = QuestionCategory.TeamAndResources;
        yield return Ask(QuestionIds.TeamSize, team, AnswerType.TeamComposition, true, "3",
            $"How many people will build {subject}, and in which roles?", KindWording.Team(kind.Kind, language));
        yield return Ask(QuestionIds.TeamExperience, team, AnswerType.Text, false, "intermediate",
            stack.Count == 0
                ? "How experienced is the team with the technologies the TRD names?"
                : $"How experienced is the team with {Join(stack)}?");
        yield return Ask(QuestionIds.TeamDomainExperts, team, AnswerType.YesNo, false, "no",
            named.Count == 0
                ? "Is there someone on the team with domain expertise for this product?"
                : $"Is there someone on the team who knows {Join(named.Take(MaxNamed).ToList(), "or")}, or the domain of this product?",
            $"e.g. `yes, Ana knows {named.FirstOrDefault() ?? stack.FirstOrDefault() ?? "the domain"}`");
        yield return Ask(QuestionIds.TeamHoursPerWeek, team, AnswerType.HoursPerWeek, false, "30 hours per person",
            "How many hours a week can each person spend on it?", "e.g. `30 hours per person`, `120h/week` for the whole team, `full time`");

        const QuestionCategory timeline = QuestionCategory.TimelineAndPriorities;
        yield return Ask(QuestionIds.StartDate, timeline, AnswerType.Date, true, "next Monday",
            "When does development start?", "e.g. `2027-01-04` or `next Monday`");
        yield return Ask(QuestionIds.Deadline, timeline, AnswerType.Date, false, "none",
            "Is there a business deadline for the first release?", "a date (`end of Q1 2027`) or a duration (`12 weeks`)");
        yield return Ask(QuestionIds.Effort, timeline, AnswerType.Duration, false, "none",
            phases.Followed
                ? $"The {Source.Name(phases.Document)} proposes {Count(phases.Phases.Count, "phase")} ({phases.Where}); the plan follows them and their lengths{Weeks(phases)}. If the whole work should take another length, how long?"
                : "How much work is this for the whole team, if you already know? Otherwise PlanBot estimates it from the documents.",
            "e.g. `3 working days`, `6 weeks`, or `none`");
        yield return Ask(QuestionIds.Milestones, timeline, AnswerType.List, false, "none",
            $"Are there critical milestones before the end ({KindWording.Milestones(kind.Kind)})?", "one per line or separated by `;`");
        yield return Ask(QuestionIds.ExternalDependencies, timeline, AnswerType.List, false, "none",
            named.Count == 0
                ? "Are there external dependencies or constraints (other teams, vendors, approvals)?"
                : $"The documents name {Join(named.Take(MaxNamed).ToList())}{(named.Count > MaxNamed ? $" and {named.Count - MaxNamed} more systems" : string.Empty)}. Does the work wait on any of them, or on other teams, vendors or approvals?");
        yield return Choice(QuestionIds.MvpScope, timeline, true,
            requirements.Count == 0
                ? "The PRD lists no functional requirements I could identify. What is the minimum viable product scope?"
                : $"The PRD lists {Count(requirements.Count, "functional requirement")}{(mustHaves.Count > 0 ? $" ({mustHaves.Count} must-have)" : string.Empty)}. Which ones are in the MVP?",
            requirements.Select(r => RequirementChoice(r, mvp.Contains(r))));
        yield return Choice(QuestionIds.NiceToHave, timeline, false,
            later.Count == 0
                ? "Which features are nice-to-have and can wait until after the first release?"
                : $"{Count(later.Count, "requirement")} of the PRD {(later.Count == 1 ? "is" : "are")} not must-have. Which can wait until after the first release?",
            later.Select(r => RequirementChoice(r, true)));
        // The kind decides what the plan builds around the features; the documents may not say it, or say it in a way
        // the reading gets wrong, so the team can set it.
        yield return new Question(QuestionIds.ProjectKind, timeline,
            kind.Where is null
                ? "The documents do not say what kind of project this is; I plan it as a new service. What is it?"
                : $"I read this as {ProjectKindNames.Of(kind.Kind)} ({kind.Where}). Is that right?",
            AnswerType.SingleChoice, false, ProjectKindChoices.Key(kind.Kind), ProjectKindChoices.For(kind.Kind).ToValueList(),
            "tick one box, or write its key");

        const QuestionCategory risk = QuestionCategory.RiskAssessment;
        yield return Ask(QuestionIds.TechnicalRisks, risk, AnswerType.List, false, risks.Count == 0 ? "none" : string.Join("; ", risks),
            risks.Count == 0
                ? "What are the highest technical risks? The documents name none."
                : $"What are the highest technical risks? The documents name {Count(risks.Count, "risk")}; the default keeps them.");
        yield return Ask(QuestionIds.Unknowns, risk, AnswerType.List, false, "none",
            "Which unknowns need a prototype or research before committing to them?");
        yield return Choice(QuestionIds.RiskyIntegrations, risk, false,
            integrations.Count == 0
                ? "Which external integrations pose the highest risk? I found none in the documents; name any (they are prototyped in phase 1)."
                : $"The documents mention {Count(integrations.Count, "integration")}. Which pose the highest risk (they are prototyped in phase 1)? You can also name one I did not find.",
            integrations.Select(i => new QuestionChoice(Key(i.Name), $"{i.Name} ({IntegrationKindNames.Of(i.Kind)})", i.IsExternal))) with
        {
            AcceptsOther = true,
            Hint = "tick the boxes, or list names separated by `,` (any system, also one not listed)",
        };
        yield return Choice(QuestionIds.HardestTargets, risk, false,
            targets.Count == 0
                ? "Which performance targets are the most challenging? The documents state no measurable target."
                : $"The documents state {Count(targets.Count, "performance target")}. Which are the most challenging to achieve?",
            targets.Select((t, i) => new QuestionChoice(string.Create(CultureInfo.InvariantCulture, $"target-{i + 1}"), t.Text.Trim(), true)));

        const QuestionCategory quality = QuestionCategory.QualityAndTesting;
        yield return Ask(QuestionIds.TestApproach, quality, AnswerType.Text, false, KindWording.TestApproach(kind.Kind),
            $"What testing approach should the team follow for {subject}?");
        yield return Ask(QuestionIds.QualityGates, quality, AnswerType.List, false, KindWording.QualityGates(kind.Kind),
            $"Which quality gates must every change to {subject} pass?");
        var tests = kind.Deployed ? "load tests" : "benchmarks";
        yield return Ask(QuestionIds.PerformanceTesting, quality, AnswerType.Text, false,
            targets.Count == 0 ? $"{tests} of the main flows before release" : $"{tests} that prove every stated performance target before release",
            "What performance testing is required?");
        yield return Ask(QuestionIds.Documentation, quality, AnswerType.Text, false, KindWording.Documentation(kind.Kind, endpoints),
            $"How should the documentation of {subject} be kept up to date during development?");

        const QuestionCategory deploy = QuestionCategory.DeploymentAndOperations;
        // What is released rather than deployed is asked how it is released.
        yield return kind.Deployed
            ? Ask(QuestionIds.DeploymentStrategy, deploy, AnswerType.Text, false, "rolling with automated rollback",
                "What is the deployment strategy (staging, production, rollback)?")
            : Ask(QuestionIds.DeploymentStrategy, deploy, AnswerType.Text, false, "a tagged release with a changelog",
                $"How is {ProjectKindNames.Subject(kind.Kind)} released (versioning, where it is published, who approves it)?");
        if (!kind.Deployed)
        {
            // Nobody operates, watches or restores what is released: those questions would only collect answers the plan cannot use.
            yield break;
        }

        yield return Ask(QuestionIds.OperationalNeeds, deploy, AnswerType.List, false, "none",
            "Are there operational requirements during development (environments, on-call, data migrations)?");
        yield return Ask(QuestionIds.MonitoringRollout, deploy, AnswerType.Text, false, "structured logs and metrics from phase 1, dashboards and alerts before production",
            "How should monitoring and observability be rolled out?");
        yield return Ask(QuestionIds.BackupRecovery, deploy, AnswerType.Text, false, "daily database backups with a tested restore",
            "What backup and disaster recovery is needed?");
    }

    [GeneratedRegex(@"\d{1,3}%(?= (?:test )?coverage)")]
    private static partial Regex CoverageFigure();

    private const int MaxStackNames = 4;
    private const int MaxNamed = 3;
    private const string IdSeparator = " — ";
    private const string LineReference = " (PRD line ";

    /// <summary>"Go", "Go and Fiber", "TypeScript, Next.js and React" (or "Midaz or Access Manager").</summary>
    private static string Join(IReadOnlyList<string> items, string last = "and") =>
        items.Count == 1 ? items[0] : $"{string.Join(", ", items.Take(items.Count - 1))} {last} {items[^1]}";

    /// <summary>", 10 weeks in all" when every phase has a length; nothing when some have none.</summary>
    private static string Weeks(ProposedPhases phases) =>
        phases.Phases.All(p => p.Weeks is not null) ? $", {Count(phases.Phases.Sum(p => p.Weeks!.Value), "week")} in all" : string.Empty;

    private static Question Ask(string id, QuestionCategory category, AnswerType type, bool required, string? defaultValue, string prompt, string? hint = null) =>
        new(id, category, prompt, type, required, defaultValue, ValueList<QuestionChoice>.Empty, hint);

    private static Question Choice(string id, QuestionCategory category, bool required, string prompt, IEnumerable<QuestionChoice> choices)
    {
        var list = Distinct(choices.Where(c => c.Key.Length > 0), c => c.Key).ToValueList();
        var checkedKeys = list.Where(c => c.CheckedByDefault).Select(c => c.Key).ToList();
        var defaultValue = checkedKeys.Count == 0 ? "none" : string.Join(", ", checkedKeys);
        var hint = list.Count == 0 ? "a list, one per line or separated by `,`" : "tick the boxes, or list the keys separated by `,`";
        return new Question(id, category, prompt, AnswerType.MultipleChoice, required, defaultValue, list, hint);
    }

    private static List<T> Distinct<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return items.Where(i => seen.Add(Key(key(i)))).ToList();
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    /// <summary>
    /// A requirement with an id is labelled by it (<c>FR-001 — Import statements</c>); one without by its title and
    /// line, and its key (a slug of the title) is shown beside it for people who type their answer.
    /// </summary>
    private static QuestionChoice RequirementChoice(Requirement requirement, bool checkedByDefault)
    {
        var title = requirement.Title.Trim();
        if (requirement.Id is { } id)
        {
            var label = title.Length == 0 || string.Equals(id.Trim(), title, StringComparison.OrdinalIgnoreCase) ? id.Trim() : $"{id.Trim()}{IdSeparator}{title}";
            return new QuestionChoice(Key(requirement.Key), label, checkedByDefault);
        }

        var line = requirement.Line.ToString(CultureInfo.InvariantCulture);
        return new QuestionChoice(Key(requirement.Key), $"{(title.Length == 0 ? requirement.Key : title)}{LineReference}{line})", checkedByDefault, FormerKey(requirement));
    }

    /// <summary>
    /// The title a requirement's choice shows beside its key or line, read back from the label
    /// <see cref="RequirementChoice"/> wrote (or an older version of it, <c>PRD-L12 — Import</c>): "FR-001 — Import"
    /// and "Import (PRD line 12)" are both "Import". A stored answer follows its requirement by it.
    /// </summary>
    internal static string TitleOf(QuestionChoice choice)
    {
        var label = choice.Label.Trim();
        var prefix = choice.Key + IdSeparator;
        if (label.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            label = label[prefix.Length..];
        }

        var line = label.LastIndexOf(LineReference, StringComparison.Ordinal);
        return line > 0 && label.EndsWith(')') ? label[..line] : label;
    }

    /// <summary>
    /// The key a PRD requirement without an id had before keys came from titles: <c>PRD-L</c> and its line. Answers
    /// stored then still name it (<see cref="QuestionChoice.FormerKey"/>).
    /// </summary>
    internal static string FormerKey(Requirement requirement) =>
        string.Create(CultureInfo.InvariantCulture, $"PRD-L{requirement.Line}");

    /// <summary>
    /// Choice keys travel inside HTML comments and comma-separated answers, so only characters that are safe
    /// in both survive.
    /// </summary>
    internal static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            var safe = char.IsLetterOrDigit(c) || c is '.' or '_' or ' ' or '/' or '+' ? c : '-';
            if (!(safe == '-' && builder.Length > 0 && builder[^1] == '-'))
            {
                builder.Append(safe);
            }
        }

        return builder.ToString().Trim('-', ' ');
    }
}
