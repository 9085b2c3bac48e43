using System.Text.RegularExpressions;

namespace PlanBot.Core.Documents.Analysis;

/// <summary>
/// Finds what a heading is for by meaning: synonyms in English, Portuguese and Chinese, numbering and emoji ignored,
/// bilingual titles (<c>产品概述 (Overview)</c>) matched on either language. Rules are ordered from the specific to the
/// generic, so "Security Requirements" is security and "Architecture Overview" is architecture.
/// </summary>
internal static partial class SectionClassifier
{
    private static readonly PhraseSet<SectionRole> Rules = new(
    [
        (SectionRole.Scope, ["out of scope", "out-of-scope", "non-goals", "non goals", "fora do escopo", "in scope", "in-scope"]),
        (SectionRole.Testing, ["test", "tests", "testing", "testes", "teste", "qa", "quality assurance", "测试"]),
        (SectionRole.NonFunctionalRequirements, [
            "non-functional", "nonfunctional", "non functional", "nfr", "nfrs", "não-funcionais", "nao-funcionais",
            "não funcionais", "nao funcionais", "não-funcional", "quality attributes", "atributos de qualidade", "非功能"]),
        (SectionRole.FunctionalRequirements, ["functional requirements", "functional requirement", "requisitos funcionais", "feature requirements", "功能需求"]),
        (SectionRole.Security, [
            "security", "segurança", "seguranca", "安全", "authentication", "authorization", "auth", "permissions",
            "threat model", "privacy", "privacidade"]),
        (SectionRole.Performance, ["performance", "desempenho", "性能", "sla", "slas", "latency", "scalability", "escalabilidade", "throughput"]),
        (SectionRole.Monitoring, [
            "monitoring", "observability", "observabilidade", "monitoramento", "监控", "可观测", "logging", "alerting",
            "alerts", "health check", "telemetry"]),
        (SectionRole.DatabaseDesign, [
            "database", "databases", "data model", "data models", "data modeling", "data architecture", "data schema",
            "schema", "schemas", "entities", "entity", "tables", "persistence", "数据模型", "数据库", "modelo de dados",
            "banco de dados", "erd"]),
        (SectionRole.Timeline, [
            "timeline", "roadmap", "phases", "milestones", "cronograma", "fases", "iteration plan", "迭代计划", "里程碑",
            "路线图", "implementation sequence", "delivery plan", "release plan", "rollout plan", "implementation plan",
            "plano de entrega", "marcos"]),
        (SectionRole.Deployment, [
            "deployment", "deploy", "rollout", "implantação", "implantacao", "部署", "infrastructure", "infra", "devops",
            "release strategy", "hosting", "topology", "environments"]),
        (SectionRole.Risks, ["risk", "risks", "riscos", "risco", "风险"]),
        (SectionRole.SuccessCriteria, [
            "success criteria", "success metrics", "success metric", "success", "kpis", "kpi", "métricas de sucesso",
            "critérios de sucesso", "sucesso", "成功指标", "成功标准"]),
        (SectionRole.UserStories, ["user stories", "user story", "histórias de usuário", "historias de usuario", "jobs to be done", "jtbd", "用户故事", "stories"]),
        (SectionRole.Scope, [
            "scope", "escopo", "范围", "non-goals", "non goals", "nongoals", "out-of-scope", "in-scope", "mvp",
            "deferred", "future", "post-mvp", "não-objetivos", "fora do escopo"]),
        (SectionRole.FunctionalRequirements, ["features", "feature", "core features", "capabilities", "funcionalidades", "核心功能", "功能"]),
        (SectionRole.Goals, ["goals", "goal", "objectives", "objective", "objetivos", "objetivo", "metas", "目标", "outcomes"]),
        (SectionRole.ExecutiveSummary, [
            "executive summary", "resumo executivo", "introduction", "introdução", "product vision", "vision", "visão",
            "概述", "产品概述"]),
        (SectionRole.ProblemStatement, ["problem", "problems", "problema", "problemas", "背景", "pain points", "motivation", "motivação", "current situation"]),
        (SectionRole.UserExperience, [
            "user experience", "ux", "ui", "user interface", "user flows", "user flow", "user workflow", "experiência do usuário",
            "design system", "screens", "wireframes", "交互", "界面"]),
        (SectionRole.UserPersonas, [
            "personas", "persona", "target users", "users", "user", "target audience", "audience", "用户画像", "目标用户",
            "usuários", "usuarios", "público-alvo", "stakeholders"]),
        (SectionRole.Dependencies, ["dependencies", "dependências", "dependencias", "依赖", "prerequisites"]),
        (SectionRole.Assumptions, ["assumptions", "assumption", "premissas", "premissa", "假设", "constraints", "restrições", "约束"]),
        (SectionRole.TechnologyStack, ["technology stack", "tech stack", "stack", "技术栈", "tecnologias", "technologies", "technology", "frameworks"]),
        (SectionRole.Integrations, [
            "integration", "integrations", "integração", "integrações", "integracao", "integracoes", "集成", "third-party",
            "external services", "external systems"]),
        (SectionRole.ApiSpecifications, ["api", "apis", "endpoints", "endpoint", "routes", "route", "接口", "rotas"]),
        (SectionRole.CoreEngine, [
            "core engine", "engine", "core logic", "business logic", "pipelines", "pipeline", "algorithm", "algorithms",
            "业务流", "background jobs", "jobs", "processing"]),
        (SectionRole.SystemArchitecture, [
            "architecture", "arquitetura", "arquitetural", "架构", "system context", "system overview", "system design", "components",
            "component", "componentes", "modules", "design"]),
        (SectionRole.FunctionalRequirements, ["requirements", "requirement", "requisitos", "需求"]),
        (SectionRole.ExecutiveSummary, ["summary", "overview", "resumo", "about"]),
    ]);

    private static readonly PhraseSet<bool> ScopeSides = new(
    [
        (false, [
            "out of scope", "out-of-scope", "non-goals", "non goals", "nongoals", "deferred", "future", "post-mvp",
            "fora do escopo", "não-objetivos", "excluded", "later"]),
        (true, ["in scope", "in-scope", "mvp", "must have", "must-have"]),
    ]);

    /// <summary>The role of a heading's words, or <see cref="SectionRole.Unknown"/>.</summary>
    public static SectionRole Classify(string heading) =>
        Rules.TryFind(Folding.HeadingWords(heading), out var role) ? role : SectionRole.Unknown;

    /// <summary>
    /// Whether a scope heading lists what is in (true), out (false) or does not say (null). A heading that names both
    /// sides ("Goals & non-goals", "In scope / out of scope") says it of its subsections, not of itself.
    /// </summary>
    public static bool? IsInScope(string heading) =>
        !ScopeSides.TryFind(heading, out var inScope) ? null
        : !inScope && BothSides().IsMatch(heading) ? null
        : inScope;

    [GeneratedRegex(@"(?<!non[- ]?)\bgoals\b|\bin[- ]scope\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BothSides();
}
