using System.Globalization;
using System.Text;

namespace PlanBot.Core.Documents.Analysis;

/// <summary>
/// Keys for requirements the documents write without an id, made from their own words so that lines added or removed
/// elsewhere change none of them: <c>Short links: create</c> → <c>short-links-create</c>. Requirements whose titles
/// give the same slug each get a suffix made from their own text (title and criteria), never from their position.
/// </summary>
internal static class TitleKeys
{
    private const int MaxLength = 40;
    private const string Untitled = "requirement";
    private const int SuffixLength = 4;
    private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static readonly System.Buffers.SearchValues<char> Base36 = System.Buffers.SearchValues.Create(Digits);

    /// <summary>Words a cut slug does not end on: <c>assign-a-repair-to-a-crew-member</c>, not <c>…-member-with-a</c>.</summary>
    private static readonly HashSet<string> Connectives = new(["a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"], StringComparer.Ordinal);

    /// <summary>
    /// Letters (of any script, accents kept) and digits of the title, lower-case, words joined by <c>-</c>, at most 40
    /// characters (cut between words, not after a connective).
    /// </summary>
    public static string Slug(string title)
    {
        var slug = new StringBuilder(MaxLength + 8);
        var lastWordEnd = 0;
        var pendingSeparator = false;
        foreach (var c in title)
        {
            // A combining accent (a decomposed "é") is dropped: it neither ends a word nor survives a choice key.
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                pendingSeparator = slug.Length > 0;
                continue;
            }

            if (pendingSeparator)
            {
                lastWordEnd = slug.Length;
                if (slug.Length + 1 >= MaxLength)
                {
                    WithoutConnectives(slug);
                    break;
                }

                slug.Append('-');
                pendingSeparator = false;
            }

            if (slug.Length == MaxLength)
            {
                // A word longer than the rest of the budget: cut before it, or inside it when it is the first.
                slug.Length = lastWordEnd > 0 ? lastWordEnd : MaxLength;
                WithoutConnectives(slug);
                break;
            }

            slug.Append(char.ToLowerInvariant(c));
        }

        return slug.Length == 0 ? Untitled : slug.ToString();
    }

    private static void WithoutConnectives(StringBuilder slug)
    {
        var text = slug.ToString();
        var end = text.Length;
        while (end > 0)
        {
            var start = text.LastIndexOf('-', end - 1) + 1;
            if (start == 0 || !Connectives.Contains(text[start..end]))
            {
                break;
            }

            end = start - 1;
        }

        slug.Length = end;
    }

    /// <summary>
    /// The keys of <paramref name="requirements"/> (explicit ids as written, others slugs of their titles), unique
    /// ignoring case. Slugs that collide with each other or with an id get <c>-</c> and four characters of a hash of
    /// the requirement's own title and criteria; requirements identical in both are numbered in document order.
    /// </summary>
    public static IReadOnlyList<string> Assign(IReadOnlyList<Requirement> requirements)
    {
        var keys = requirements.Select(r => r.Key).ToArray();
        var ids = new HashSet<string>(requirements.Where(r => r.HasExplicitId).Select(r => r.Key), StringComparer.OrdinalIgnoreCase);
        var colliding = Enumerable.Range(0, keys.Length)
            .Where(i => !requirements[i].HasExplicitId)
            .GroupBy(i => keys[i], StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1 || ids.Contains(g.Key))
            .SelectMany(g => g)
            .ToHashSet();
        var used = new HashSet<string>(keys.Where((_, i) => !colliding.Contains(i)), StringComparer.OrdinalIgnoreCase);
        foreach (var index in colliding.Order())
        {
            var stem = $"{keys[index]}-{Hash(requirements[index])}";
            var key = stem;
            for (var n = 2; !used.Add(key); n++)
            {
                key = string.Create(CultureInfo.InvariantCulture, $"{stem}-{n}");
            }

            keys[index] = key;
        }

        return keys;
    }

    /// <summary>
    /// The slug a suffixed key was made from (<c>book-a-berth-k3x9</c> → <c>book-a-berth</c>), or null: when two equal
    /// titles stop colliding, an answer stored under the suffix still finds its requirement.
    /// </summary>
    public static string? Unsuffixed(string key)
    {
        var end = key.Length;
        var dash = key.LastIndexOf('-');
        if (dash > 0 && dash < end - 1 && key.AsSpan(dash + 1).IndexOfAnyExceptInRange('0', '9') < 0 && end - dash - 1 <= 3)
        {
            end = dash;
            dash = key.LastIndexOf('-', end - 1);
        }

        return dash > 0 && end - dash - 1 == SuffixLength && key.AsSpan(dash + 1, SuffixLength).IndexOfAnyExcept(Base36) < 0 ? key[..dash] : null;
    }

    /// <summary>FNV-1a over the folded title and criteria, as four base-36 digits: the same text gives the same suffix everywhere.</summary>
    private static string Hash(Requirement requirement)
    {
        var hash = 2166136261u;
        void Add(string text)
        {
            foreach (var c in Folding.Fold(text.Trim()))
            {
                hash = (hash ^ c) * 16777619u;
            }

            hash = (hash ^ '\n') * 16777619u;
        }

        Add(requirement.Title);
        foreach (var criterion in requirement.AcceptanceCriteria)
        {
            Add(criterion);
        }

        Span<char> suffix = stackalloc char[SuffixLength];
        var value = hash % (36u * 36u * 36u * 36u);
        for (var i = suffix.Length - 1; i >= 0; i--)
        {
            suffix[i] = Digits[(int)(value % 36)];
            value /= 36;
        }

        return new string(suffix);
    }
}
