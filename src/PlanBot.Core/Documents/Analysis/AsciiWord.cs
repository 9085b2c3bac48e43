using System.Buffers;

namespace PlanBot.Core.Documents.Analysis;

/// <summary>
/// The ASCII characters of words and identifiers, for vector searches that skip whole runs of them (or of everything
/// else) at once. Outside ASCII, callers classify the character they stop at.
/// </summary>
internal static class AsciiWord
{
    private const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>Letters, digits and <c>_</c>: what continues a word or an identifier.</summary>
    public static readonly SearchValues<char> Chars = SearchValues.Create(Letters + "0123456789_");

    /// <summary>Letters and <c>_</c>: what starts an identifier.</summary>
    public static readonly SearchValues<char> Starts = SearchValues.Create(Letters + "_");

    /// <summary>Every other ASCII character.</summary>
    public static readonly SearchValues<char> Others = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !Chars.Contains(c))));
}
