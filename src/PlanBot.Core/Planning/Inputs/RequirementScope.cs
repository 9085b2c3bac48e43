namespace PlanBot.Core.Planning.Inputs;

internal enum RequirementScope
{
    /// <summary>In the MVP answer (or a must-have by default): scheduled first.</summary>
    Mvp,

    /// <summary>Not in the MVP: scheduled after every must-have.</summary>
    NiceToHave,

    /// <summary>"Won't have" in the PRD and nobody asked for it: listed, not scheduled.</summary>
    NotPlanned,

    /// <summary>A non-functional requirement: delivered by the cross-cutting work (performance, security…).</summary>
    CrossCutting,
}
