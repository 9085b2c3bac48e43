namespace PlanBot.Core.Planning.Work;

/// <summary>
/// PlanBot's effort model, in person-hours, from what each item contains: a feature costs a base plus a share per
/// acceptance criterion and per endpoint it builds, a schema a share per table, an integration a fixed amount, and
/// each piece of the work around the features a little, more where the documents ask more of it (targets, security
/// requirements, endpoints to document). No item has a floor chosen to fill a template: the plan is as long as this
/// work at the team's capacity. The plan lists the model in its assumptions.
/// </summary>
internal static class Estimates
{
    public const int Foundation = 16;
    public const int PerTable = 4;
    public const int SchemaBase = 4;
    public const int SecondaryStore = 8;
    public const int Authentication = 16;
    public const int Prototype = 16;
    public const int IntegrationAfterPrototype = 8;
    public const int Integration = 16;
    public const int Spike = 8;
    public const int FeatureBase = 16;
    public const int PerCriterion = 12;
    public const int PerEndpoint = 8;
    public const int PerformanceBase = 8;
    public const int PerTarget = 4;
    public const int Observability = 8;
    public const int SecurityBase = 8;
    public const int PerSecurityRequirement = 4;
    public const int Deployment = 12;
    public const int DocumentationBase = 4;
    public const int DocumentationPerEndpoint = 1;
    public const int MaxDocumentationExtra = 16;
    public const int NonFunctionalBase = 8;
    public const int MaxNonFunctionalCriteria = 4;
    public const int Launch = 4;

    public static int Feature(int criteria, int endpoints) => FeatureBase + (PerCriterion * criteria) + (PerEndpoint * endpoints);

    public static int Schema(int tables) => SchemaBase + (PerTable * tables);

    public static string Describe() =>
        $"feature {FeatureBase} h + {PerCriterion} h per acceptance criterion + {PerEndpoint} h per endpoint; "
        + $"schema {SchemaBase} h + {PerTable} h per table; integration {Integration} h ({Prototype} h prototype + {IntegrationAfterPrototype} h when risky); "
        + $"foundation {Foundation} h; performance {PerformanceBase} h + {PerTarget} h per target; observability {Observability} h; "
        + $"security {SecurityBase} h + {PerSecurityRequirement} h per security requirement; deployment or release {Deployment} h; "
        + $"documentation {DocumentationBase} h + {DocumentationPerEndpoint} h per endpoint; launch, or the release's check of the success criteria, {Launch} h";
}
