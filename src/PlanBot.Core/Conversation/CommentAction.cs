namespace PlanBot.Core.Conversation;

public enum CommentAction
{
    Created,
    Edited,
}
