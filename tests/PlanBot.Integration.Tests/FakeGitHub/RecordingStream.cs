using System.Text;

namespace PlanBot.Integration.Tests.FakeGitHub;

/// <summary>Counts the bytes written through it and keeps the first <see cref="KeptBytes"/> of them (for shape checks).</summary>
public sealed class RecordingStream(Stream inner) : Stream
{
    public const int KeptBytes = 256 * 1024;

    private readonly MemoryStream kept = new();

    public long Written { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>The start of what was written, as UTF-8 text.</summary>
    public string Text() => Encoding.UTF8.GetString(kept.GetBuffer(), 0, (int)kept.Length);

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count)
    {
        Keep(buffer.AsSpan(offset, count));
        inner.Write(buffer, offset, count);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Keep(buffer.Span);
        await inner.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            kept.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Keep(ReadOnlySpan<byte> bytes)
    {
        Written += bytes.Length;
        var room = KeptBytes - (int)kept.Length;
        if (room > 0)
        {
            kept.Write(bytes[..Math.Min(room, bytes.Length)]);
        }
    }
}
