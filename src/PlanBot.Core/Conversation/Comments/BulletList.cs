using System.Globalization;
using System.Text;

namespace PlanBot.Core.Conversation.Comments;

/// <summary>
/// A Markdown list of at most <see cref="MaxItems"/> lines: a comment listing problems must stay under GitHub's
/// 65,536-character limit however many there are, and the first ones show the pattern.
/// </summary>
public static class BulletList
{
    public const int MaxItems = 20;

    /// <param name="items">One line of Markdown each.</param>
    public static void Append(StringBuilder text, IReadOnlyCollection<string> items)
    {
        foreach (var item in items.Take(MaxItems))
        {
            text.Append("- ").Append(item.ReplaceLineEndings(" ")).Append('\n');
        }

        if (items.Count > MaxItems)
        {
            text.Append("- … and ").Append((items.Count - MaxItems).ToString(CultureInfo.InvariantCulture)).Append(" more\n");
        }
    }
}
