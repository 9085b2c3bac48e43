namespace PlanBot.Core.Scoping.Answers;

/// <summary>How an answer arrived in the PR thread.</summary>
public enum AnswerSource
{
    FillInBlock,
    QuoteReply,
    Command,
    Checkbox,
    Default,
    File,
}
