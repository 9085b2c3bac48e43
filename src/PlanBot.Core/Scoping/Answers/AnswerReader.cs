namespace PlanBot.Core.Scoping.Answers;

/// <summary>
/// Finds answers in a comment: the fill-in block (<c>team.size: 4</c>), quote replies, <c>/planbot answer</c>
/// lines, and ticked checkboxes of the bot's own comment.
/// </summary>
public sealed class AnswerReader
{
    public ValueList<RawAnswer> Read(string commentBody, Questionnaire questionnaire) =>
        new CommentScan(questionnaire).Run(commentBody ?? string.Empty);
}
