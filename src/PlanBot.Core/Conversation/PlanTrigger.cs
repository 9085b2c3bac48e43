namespace PlanBot.Core.Conversation;

/// <summary>What asked for a plan; the tag of the <c>planbot.plans.generated</c> counter.</summary>
public enum PlanTrigger
{
    /// <summary>Every required question got its answer, or answers changed after the plan was written.</summary>
    Answers,

    /// <summary><c>/planbot generate</c>.</summary>
    Generate,

    /// <summary><c>/planbot regenerate</c>, with or without <c>--force</c>.</summary>
    Regenerate,

    /// <summary>New commits changed the documents or the configuration.</summary>
    Synchronize,
}
