using System.Buffers;
using System.Text.RegularExpressions;

namespace PlanBot.Core.Documents.Analysis;

/// <summary>
/// Tables and entities in code: SQL <c>CREATE TABLE name (…)</c> with its columns, Prisma <c>model Name { … }</c> with its
/// fields. Scans each code block once; columns are the first word of each top-level item, constraints skipped.
/// </summary>
internal static partial class EntityReader
{
    private static readonly char[] Quotes = ['"', '`', '[', ']'];
    private static readonly char[] OpeningQuotes = ['"', '`', '['];
    private static readonly char[] CodeMarks = ['`', ' '];
    private static readonly char[] LeadingMarks = ['`', ' ', '*'];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Constraints = new HashSet<string>(
        ["PRIMARY", "UNIQUE", "CONSTRAINT", "FOREIGN", "CHECK", "INDEX", "KEY", "EXCLUDE", "LIKE", "PERIOD"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The entities in a code block; <paramref name="lines"/> are its lines with their 1-based numbers. Type declarations
    /// (TypeScript <c>interface</c>/<c>type X = {</c>, Go <c>struct</c>) are entities only where the text says they are a
    /// schema (<paramref name="typesAreEntities"/>): elsewhere they are just code.
    /// </summary>
    public static IEnumerable<DataEntity> InCode(IReadOnlyList<(string Text, int Line)> lines, bool typesAreEntities)
    {
        if (Tree(lines) is { } tree)
        {
            yield return tree;
            yield break;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            // Tested first, built only when found: most code lines are neither a table nor a model, and a Match per line adds up.
            var table = CreateTable().IsMatch(text) ? CreateTable().Match(text) : Match.Empty;
            if (table.Success)
            {
                yield return new DataEntity(Unquote(table.Groups["name"].Value), lines[i].Line, SqlColumns(lines, i, table.Index + table.Length).ToValueList());
                continue;
            }

            var model = (PrismaModel().IsMatch(text) ? PrismaModel().Match(text) : null)
                ?? (typesAreEntities && TypeDeclaration().IsMatch(text) ? TypeDeclaration().Match(text) : null);
            if (model is not null)
            {
                yield return new DataEntity(model.Groups["name"].Value, lines[i].Line, MemberFields(lines, i + 1).ToValueList());
            }
        }
    }

    /// <summary>
    /// A field tree: a name on the first line ("Job", "jobs collection") and "├── field: type" lines under it.
    /// A directory tree has no "field: type" lines and is not one.
    /// </summary>
    private static DataEntity? Tree(IReadOnlyList<(string Text, int Line)> lines)
    {
        var first = lines.Select((l, i) => (l.Text.Trim(), l.Line, i)).FirstOrDefault(l => l.Item1.Length > 0);
        var name = first.Item1?.Split(' ')[0] ?? string.Empty;
        if (!IsIdentifier(name) || (first.Item1!.Length > name.Length && first.Item1[name.Length..].Trim() is not ("collection" or "table" or "entity" or "document")))
        {
            return null;
        }

        var fields = lines.Skip(first.i + 1)
            .Select(l => TreeField().Match(l.Text))
            .Where(m => m.Success)
            .Select(m => m.Groups["field"].Value)
            .ToList();
        return fields.Count >= 2 ? new DataEntity(name, first.Line, fields.ToValueList()) : null;
    }

    /// <summary>Identifiers of a field list written as prose: "id, email, name (hashed), createdAt".</summary>
    public static ValueList<string> FieldList(string text) =>
        TopLevelParts(text)
            .Select(part => Folding.WithoutAsides(part.Split('=', 2)[0]).Trim(CodeMarks))
            .Where(IsIdentifier)
            .Distinct(StringComparer.Ordinal)
            .ToValueList();

    /// <summary>The first word of a field line ("`email` string, not null" → <c>email</c>), or null.</summary>
    public static string? LeadingIdentifier(string text)
    {
        var rest = text.AsSpan().TrimStart(LeadingMarks);
        var length = IdentifierLength(rest);
        return length > 0 ? rest[..length].ToString() : null;
    }

    /// <summary>Whether <paramref name="text"/> is one identifier (<c>User</c>, <c>ContentProjects</c>, <c>audit_events</c>).</summary>
    public static bool IsIdentifier(string text) => text.Length > 0 && IdentifierLength(text) == text.Length;

    /// <summary>The length of the identifier (<c>[A-Za-z_][A-Za-z0-9_]*</c>) <paramref name="text"/> starts with; 0 when it starts with none.</summary>
    private static int IdentifierLength(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !AsciiWord.Starts.Contains(text[0]))
        {
            return 0;
        }

        var end = text.IndexOfAnyExcept(AsciiWord.Chars);
        return end < 0 ? text.Length : end;
    }

    /// <summary>Splits at commas and semicolons outside parentheses.</summary>
    private static IEnumerable<string> TopLevelParts(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ',';
            depth += c is '(' or '（' or '[' ? 1 : c is ')' or '）' or ']' ? -1 : 0;
            if (c is ',' or ';' && depth <= 0)
            {
                var part = text[start..i].Trim();
                if (part.Length > 0)
                {
                    yield return part;
                }

                start = i + 1;
                depth = 0;
            }
        }
    }

    private static IEnumerable<string> SqlColumns(IReadOnlyList<(string Text, int Line)> lines, int first, int from)
    {
        var depth = 0;
        // The item is gathered in a buffer and only its column name becomes a string.
        var item = new ArrayBufferWriter<char>();
        for (var i = first; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            for (var c = i == first ? from : 0; c < text.Length; c++)
            {
                var ch = text[c];
                if (ch == '(')
                {
                    depth++;
                    if (depth == 1)
                    {
                        continue;
                    }
                }
                else if (ch == ')')
                {
                    depth--;
                    if (depth <= 0)
                    {
                        if (Column(item.WrittenSpan) is { } last)
                        {
                            yield return last;
                        }

                        yield break;
                    }
                }
                else if (ch == ',' && depth == 1)
                {
                    if (Column(item.WrittenSpan) is { } column)
                    {
                        yield return column;
                    }

                    item.ResetWrittenCount();
                    continue;
                }

                if (depth >= 1)
                {
                    Append(item, ch);
                }
            }

            if (depth >= 1)
            {
                Append(item, ' ');
            }
            else if (i > first)
            {
                // No opening parenthesis on the CREATE line or the next: not a column list.
                yield break;
            }
        }
    }

    private static void Append(ArrayBufferWriter<char> item, char ch)
    {
        item.GetSpan(1)[0] = ch;
        item.Advance(1);
    }

    /// <summary>The column an item of a column list defines: its first identifier, unless the item is a constraint or a comment.</summary>
    private static string? Column(ReadOnlySpan<char> item)
    {
        var trimmed = item.TrimStart();
        if (trimmed.StartsWith("--", StringComparison.Ordinal))
        {
            return null;
        }

        // The first identifier anywhere in the item: after a stray character ("2fast" → "fast") as well as at its start.
        var unquoted = trimmed.TrimStart(OpeningQuotes);
        var start = unquoted.IndexOfAny(AsciiWord.Starts);
        var word = start < 0 ? [] : unquoted[start..][..IdentifierLength(unquoted[start..])];
        return word.IsEmpty || Constraints.Contains(word) ? null : word.ToString();
    }

    private static IEnumerable<string> MemberFields(IReadOnlyList<(string Text, int Line)> lines, int first)
    {
        for (var i = first; i < lines.Count; i++)
        {
            var text = lines[i].Text.Trim();
            if (text.StartsWith('}'))
            {
                yield break;
            }

            if (text.Length == 0 || text.StartsWith("//", StringComparison.Ordinal) || text.StartsWith('@'))
            {
                continue;
            }

            var word = MemberName().Match(text);
            if (word.Success)
            {
                yield return word.Groups["name"].Value;
            }
        }
    }

    private static string Unquote(string name) => name.Trim(Quotes);

    [GeneratedRegex(@"\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:UNLOGGED\s+|TEMP(?:ORARY)?\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(?<name>[\w.""`\[\]]+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CreateTable();

    [GeneratedRegex(@"^\s*model\s+(?<name>[A-Za-z_]\w*)\s*\{", RegexOptions.CultureInvariant)]
    private static partial Regex PrismaModel();

    [GeneratedRegex(@"^\s*(?:export\s+)?(?:interface\s+(?<name>[A-Za-z_]\w*)[^{=]*\{|type\s+(?<name>[A-Za-z_]\w*)\s*=\s*\{|type\s+(?<name>[A-Za-z_]\w*)\s+struct\s*\{)", RegexOptions.CultureInvariant)]
    private static partial Regex TypeDeclaration();

    // "name String", "name?: string", "Name  string `json:...`": the member's name, then a type.
    [GeneratedRegex(@"^(?<name>[A-Za-z_]\w*)\??\s*[:\s]", RegexOptions.CultureInvariant)]
    private static partial Regex MemberName();

    [GeneratedRegex(@"^[\s│|]*[├└+`-]+[─-]*\s*(?<field>[A-Za-z_]\w*)\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex TreeField();
}
