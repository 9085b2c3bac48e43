namespace PlanBot.Core.Tests.Documents;

/// <summary>A theory over <c>shared/corpus</c>: reported as skipped, with the reason, when the corpus is absent.</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute()
    {
        if (Corpus.Folder is null)
        {
            Skip = Corpus.AbsentReason;
        }
    }
}
