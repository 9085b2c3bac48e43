namespace PlanBot.Core.Scoping.Answers;

/// <summary>A normalised answer. <see cref="Display"/> is how the bot shows it back ("4 people (3 backend, 1 QA)").</summary>
public abstract record AnswerValue
{
    public abstract string Display { get; }
}
