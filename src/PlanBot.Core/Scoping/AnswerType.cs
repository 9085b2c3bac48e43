namespace PlanBot.Core.Scoping;

public enum AnswerType
{
    Text,
    Integer,
    TeamComposition,
    HoursPerWeek,
    Date,
    Duration,
    YesNo,
    List,
    MultipleChoice,
    SingleChoice,
}
