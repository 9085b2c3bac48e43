using System.Globalization;
using System.Text;
using Scriban.Runtime;

namespace PlanBot.Core.Rendering;

/// <summary>
/// Tidies template output so templates can be written for readability: LF line endings, no trailing spaces, at most
/// one blank line in a row outside code blocks, no leading blank lines, exactly one newline at the end. Scriban's
/// output, so Scriban renders straight into it: the untidy output is never held as a whole, which for a plan from megabyte
/// documents would be two large-object-heap strings per render. A template that writes more than
/// <c>maxChars</c> is stopped there.
/// </summary>
internal sealed class MarkdownLayout(int maxChars) : IScriptOutput
{
    // Default chunks rather than one buffer of the whole length: a plan is large enough that such a buffer would land
    // on the large object heap and bring on full collections.
    private readonly StringBuilder text = new();
    private char[] line = new char[256];
    private int lineLength;
    private char fenceChar;
    private int fenceLength;
    private bool blank = true;
    private bool afterCarriageReturn;
    private long written;

    public void Write(string text, int offset, int count) => Write(text.AsSpan(offset, count));

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public void Write(ReadOnlySpan<char> buffer)
    {
        written += buffer.Length;
        if (written > maxChars)
        {
            throw new PlanTemplateException(string.Create(CultureInfo.InvariantCulture, $"the template wrote more than {maxChars:#,0} characters (far more than any plan)"));
        }

        while (!buffer.IsEmpty)
        {
            if (afterCarriageReturn && buffer[0] == '\n')
            {
                buffer = buffer[1..];
            }

            afterCarriageReturn = false;
            var end = buffer.IndexOfAny('\n', '\r');
            if (end < 0)
            {
                AppendToLine(buffer);
                return;
            }

            AppendToLine(buffer[..end]);
            afterCarriageReturn = buffer[end] == '\r';
            EndLine();
            buffer = buffer[(end + 1)..];
        }
    }

    /// <summary>The tidy text, its unfinished last line included, ending in one newline. Called once, after the last write.</summary>
    public string Finish()
    {
        if (lineLength > 0)
        {
            EndLine();
        }

        // Trailing newlines are trimmed in the builder and one put back, so the result is copied out only once.
        while (text.Length > 0 && text[^1] == '\n')
        {
            text.Length--;
        }

        return text.Append('\n').ToString();
    }

    private void AppendToLine(ReadOnlySpan<char> chars)
    {
        if (lineLength + chars.Length > line.Length)
        {
            Array.Resize(ref line, Math.Max(line.Length * 2, lineLength + chars.Length));
        }

        chars.CopyTo(line.AsSpan(lineLength));
        lineLength += chars.Length;
    }

    private void EndLine()
    {
        var length = line.AsSpan(0, lineLength).TrimEnd().Length;
        lineLength = 0;
        var indent = 0;
        while (indent < length && char.IsWhiteSpace(line[indent]))
        {
            indent++;
        }

        var run = FenceRun(indent, length);
        if (fenceLength == 0 && run > 0)
        {
            (fenceChar, fenceLength) = (line[indent], run);
        }
        else if (fenceLength > 0 && run >= fenceLength && line[indent] == fenceChar && indent + run == length)
        {
            fenceLength = 0;
        }
        else if (fenceLength == 0 && length == 0)
        {
            if (!blank)
            {
                blank = true;
                text.Append('\n');
            }

            return;
        }

        blank = false;
        text.Append(line, 0, length).Append('\n');
    }

    /// <summary>The length of the run of three or more backticks or tildes the line starts with after its indentation, or 0.</summary>
    private int FenceRun(int indent, int length)
    {
        if (length - indent < 3 || line[indent] is not ('`' or '~'))
        {
            return 0;
        }

        var run = 1;
        while (indent + run < length && line[indent + run] == line[indent])
        {
            run++;
        }

        return run >= 3 ? run : 0;
    }
}
