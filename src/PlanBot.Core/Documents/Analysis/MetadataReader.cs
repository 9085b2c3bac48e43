using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PlanBot.Core.Documents.Analysis;

/// <summary>
/// Document metadata: YAML front matter (nested maps flattened to <c>parent.child</c>, lists joined with commas) and
/// bold key-value lines (<c>**Gate:** 1 - PRD</c>, several on one line separated by <c>·</c>).
/// </summary>
internal static class MetadataReader
{
    private const int MaxFrontMatter = 64 * 1024;
    private const int MaxDepth = 16;

    /// <summary>Reads front matter into <paramref name="into"/>; YAML that does not parse (or could nest without bound) is skipped.</summary>
    public static void ReadFrontMatter(string yaml, IDictionary<string, string> into)
    {
        if (yaml.Length > MaxFrontMatter || BracketDepth(yaml) > MaxDepth)
        {
            return;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count > 0)
            {
                Flatten(stream.Documents[0].RootNode, string.Empty, into, 0);
            }
        }
        catch (YamlException)
        {
            // Front matter that is not YAML is not metadata; the rest of the document is still read.
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this instead of a YamlException on some malformed flow mappings.
        }
    }

    /// <summary>The <c>**Key:** value</c> pairs of each line of <paramref name="unit"/>.</summary>
    public static IEnumerable<(string Key, string Value)> KeyValues(TextUnit unit)
    {
        foreach (var line in unit.SourceLines())
        {
            var spans = unit.StrongSpans(line.Start, line.End).ToList();
            if (spans.Count == 0 || unit.Text.AsSpan(line.Start, spans[0].Start - line.Start).Trim().Length > 0)
            {
                continue;
            }

            for (var i = 0; i < spans.Count; i++)
            {
                var valueEnd = i + 1 < spans.Count ? spans[i + 1].Start : line.End;
                var key = unit.Text[spans[i].Start..spans[i].End].Trim();
                var valueStart = spans[i].End;
                if (!key.EndsWith(':'))
                {
                    if (valueStart >= valueEnd || unit.Text[valueStart] != ':')
                    {
                        continue;
                    }

                    valueStart++;
                }

                key = key.TrimEnd(':').Trim();
                var value = unit.Text[valueStart..Math.Max(valueStart, valueEnd)].Trim().Trim('·', '|', '•').Trim();
                if (key.Length is > 0 and <= 48 && value.Length > 0)
                {
                    yield return (key, value);
                }
            }
        }
    }

    private static void Flatten(YamlNode node, string key, IDictionary<string, string> into, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (name, value) in mapping.Children)
                {
                    if (name is YamlScalarNode { Value: { Length: > 0 } child })
                    {
                        Flatten(value, key.Length == 0 ? child : $"{key}.{child}", into, depth + 1);
                    }
                }

                break;
            case YamlSequenceNode sequence when key.Length > 0:
                var scalars = sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty).ToList();
                if (scalars.Count == sequence.Children.Count)
                {
                    into.TryAdd(key, string.Join(", ", scalars));
                }
                else
                {
                    for (var i = 0; i < sequence.Children.Count; i++)
                    {
                        Flatten(sequence.Children[i], $"{key}[{i}]", into, depth + 1);
                    }
                }

                break;
            case YamlScalarNode scalar when key.Length > 0:
                into.TryAdd(key, (scalar.Value ?? string.Empty).ReplaceLineEndings(" ").Trim());
                break;
        }
    }

    private static int BracketDepth(string yaml)
    {
        var depth = 0;
        var deepest = 0;
        foreach (var c in yaml)
        {
            depth += c switch
            {
                '[' or '{' => 1,
                ']' or '}' => -1,
                _ => 0,
            };
            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }
}
