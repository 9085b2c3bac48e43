using System.Globalization;

namespace PlanBot.Core.Conversation.Comments;

/// <summary>Sizes as people read them: <c>20.0 MB</c>, <c>64 KiB</c> would be wrong for a document, so MB with one decimal.</summary>
public static class ByteSize
{
    public static string Format(long bytes) =>
        bytes >= 1024 * 1024
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.0} MB")
            : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (bytes + 1023) / 1024)} KB");
}
