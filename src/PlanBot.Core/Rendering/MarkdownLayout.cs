using System.Text;

namespace PlanBot.Core.Rendering;

/// <summary>
/// Tidies template output so templates can be written for readability: LF line endings, no trailing spaces, at most
/// one blank line in a row outside code blocks, no leading blank lines, exactly one newline at the end. A writer, so
/// Fluid renders straight into it: the untidy output is never held as a whole, which for a plan from megabyte
/// documents would be two large-object-heap strings per render.
/// </summary>
internal sealed class MarkdownLayout : TextWriter
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

    public override Encoding Encoding => Encoding.Unicode;

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    // TextWriter's own asynchronous writes queue each call to the thread pool; Fluid writes text with them.
    public override Task WriteAsync(char value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(char[] buffer, int index, int count)
    {
        Write(buffer, index, count);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return Task.CompletedTask;
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
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
