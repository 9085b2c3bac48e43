using PlanBot.Core.Planning.Work;

namespace PlanBot.Core.Planning.Writing;

/// <summary>How the plan names a stage of work when it names a phase by what the phase works on.</summary>
internal static class StageNames
{
    /// <summary>A deployed service gets ready for production and launches; a library, tool or app is hardened and released.</summary>
    public static string Of(Stage stage, bool deployed) => stage switch
    {
        Stage.Foundation => "Foundation",
        Stage.MustHave => "Must-haves",
        Stage.Integration => "Integrations",
        Stage.Hardening => deployed ? "Production readiness" : "Hardening",
        Stage.NiceToHave => "Nice-to-haves",
        _ => deployed ? "Launch" : "Release",
    };
}
