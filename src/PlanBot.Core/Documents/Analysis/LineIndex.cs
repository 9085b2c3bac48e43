namespace PlanBot.Core.Documents.Analysis;

/// <summary>Maps an offset in the source text to its 1-based line (one pass to build, a binary search to look up).</summary>
internal sealed class LineIndex
{
    private readonly int[] starts;

    public LineIndex(string source)
    {
        var list = new List<int> { 0 };
        for (var i = source.IndexOf('\n', StringComparison.Ordinal); i >= 0; i = source.IndexOf('\n', i + 1))
        {
            list.Add(i + 1);
        }

        starts = [.. list];
    }

    public int LineOf(int offset)
    {
        var index = Array.BinarySearch(starts, offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}
