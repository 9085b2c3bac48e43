using PlanBot.Core.Planning.Work;

namespace PlanBot.Core.Planning.Writing;

/// <summary>How the plan names a stage of work when it names a phase by what the phase works on.</summary>
internal static class StageNames
{
    public static string Of(Stage stage) => stage switch
    {
        Stage.Foundation => "Foundation",
        Stage.MustHave => "Must-haves",
        Stage.Integration => "Integrations",
        Stage.Hardening => "Production readiness",
        Stage.NiceToHave => "Nice-to-haves",
        _ => "Launch",
    };
}
