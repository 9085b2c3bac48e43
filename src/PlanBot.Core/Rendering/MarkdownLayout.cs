using System.Text;

namespace PlanBot.Core.Rendering;

/// <summary>
/// Tidies template output so templates can be written for readability: LF line endings, no trailing spaces, at most
/// one blank line in a row outside code blocks, no leading blank lines, exactly one newline at the end.
/// </summary>
internal static class MarkdownLayout
{
    public static string Normalize(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        // Default chunks rather than one buffer of the whole length: a plan is large enough that such a buffer, the
        // string made from it and a trimmed copy would each land on the large object heap and bring on full collections.
        var text = new StringBuilder();
        var fence = string.Empty;
        var blank = true;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            var marker = Fence(line);
            if (fence.Length == 0 && marker.Length > 0)
            {
                fence = marker;
            }
            else if (fence.Length > 0 && marker.Length >= fence.Length && marker[0] == fence[0] && line.Trim().Length == marker.Length)
            {
                fence = string.Empty;
            }
            else if (fence.Length == 0 && line.Length == 0)
            {
                if (blank)
                {
                    continue;
                }

                blank = true;
                text.Append('\n');
                continue;
            }

            blank = false;
            text.Append(line).Append('\n');
        }

        // The trailing newlines are trimmed in the builder and one put back, so the result is copied out only once.
        while (text.Length > 0 && text[^1] == '\n')
        {
            text.Length--;
        }

        return text.Append('\n').ToString();
    }

    /// <summary>The run of backticks or tildes a fence line starts with (after its indentation), or empty.</summary>
    private static string Fence(string line)
    {
        var trimmed = line.TrimStart();
        if (trimmed.Length < 3 || trimmed[0] is not ('`' or '~'))
        {
            return string.Empty;
        }

        var length = 0;
        while (length < trimmed.Length && trimmed[length] == trimmed[0])
        {
            length++;
        }

        return length >= 3 ? trimmed[..length] : string.Empty;
    }
}
