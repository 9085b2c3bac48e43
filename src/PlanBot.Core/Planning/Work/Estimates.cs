namespace PlanBot.Core.Planning.Work;

/// <summary>
/// PlanBot's effort model, in person-hours. Deliberately simple and visible (the plan lists it as an assumption):
/// a feature costs a base plus a share per acceptance criterion and per endpoint, a schema a base plus a share per
/// table, an integration a fixed amount. Calibrated so that a typical LerianStudio plugin (ten requirements, a dozen
/// endpoints, four tables, four integrations) takes a four-person team the standard's 12–15 weeks.
/// </summary>
internal static class Estimates
{
    public const int Foundation = 64;
    public const int SchemaBase = 24;
    public const int PerTable = 8;
    public const int SecondaryStore = 16;
    public const int Authentication = 40;
    public const int Prototype = 24;
    public const int IntegrationAfterPrototype = 24;
    public const int Integration = 32;
    public const int Spike = 16;
    public const int FeatureBase = 40;
    public const int PerCriterion = 16;
    public const int MinCriteria = 2;
    public const int MaxCriteria = 8;
    public const int PerEndpoint = 8;
    public const int MaxEndpoints = 8;
    public const int ApiEndpoint = 12;
    public const int PerformanceBase = 40;
    public const int PerTarget = 8;
    public const int Observability = 40;
    public const int SecurityBase = 40;
    public const int PerSecurityRequirement = 8;
    public const int Deployment = 48;
    public const int DocumentationBase = 24;
    public const int DocumentationPerEndpoint = 2;
    public const int MaxDocumentationExtra = 40;
    public const int NonFunctionalBase = 24;
    public const int Launch = 32;

    public static int Feature(int criteria, int endpoints) =>
        FeatureBase + (PerCriterion * Math.Clamp(criteria, MinCriteria, MaxCriteria)) + (PerEndpoint * Math.Min(endpoints, MaxEndpoints));

    public static int Schema(int tables) => SchemaBase + (PerTable * tables);

    public static string Describe() =>
        $"feature {FeatureBase} h + {PerCriterion} h per acceptance criterion (counted {MinCriteria}–{MaxCriteria}) + {PerEndpoint} h per endpoint; "
        + $"schema {SchemaBase} h + {PerTable} h per table; integration {Integration} h ({Prototype} h prototype + {IntegrationAfterPrototype} h when risky); "
        + $"foundation {Foundation} h; performance {PerformanceBase} h + {PerTarget} h per target; observability {Observability} h; "
        + $"security {SecurityBase} h; deployment {Deployment} h; documentation {DocumentationBase} h + {DocumentationPerEndpoint} h per endpoint; launch {Launch} h";
}
