namespace PlanBot.Core.Conversation;

public enum PlanOutcomeKind
{
    /// <summary>A new or changed plan was committed.</summary>
    Committed,

    /// <summary>The branch already holds exactly this plan: nothing was committed (no empty commits).</summary>
    Unchanged,

    /// <summary>GitHub refused the branch write (App permissions, repository rules): the plan went into the summary comment.</summary>
    InComment,

    /// <summary>The plan on the branch is not the one PlanBot wrote, and it was not forced: left alone.</summary>
    HandEdited,

    /// <summary>The documents cannot be read at the head any more; nothing was written.</summary>
    NotPossible,
}
