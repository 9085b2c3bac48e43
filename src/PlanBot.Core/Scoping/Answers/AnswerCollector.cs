namespace PlanBot.Core.Scoping.Answers;

/// <summary>
/// Normalises raw answers against the questionnaire and merges them into the answers so far. Unknown
/// question ids and unusable values come back as findings; the previous answer for that question stays.
/// </summary>
public sealed class AnswerCollector
{
    public AnswerCollection Collect(
        ValueList<RawAnswer> raws,
        Questionnaire questionnaire,
        AnswerSet existing,
        string author,
        DateTimeOffset at) => throw new NotImplementedException();
}
