using System.Globalization;
using System.Text;

namespace PlanBot.Core.Tracking;

/// <summary>One line per operation, its key then what it sets: what <c>planbot sync</c> prints, and what golden files compare.</summary>
public static class ChangeSetText
{
    public static string Describe(ChangeSet changes)
    {
        var text = new StringBuilder();
        foreach (var operation in changes.Operations)
        {
            text.Append(Line(operation)).Append('\n');
        }

        return text.ToString();
    }

    public static string[] Keys(ChangeSet changes) => changes.Operations.Select(operation => operation.Key).ToArray();

    public static string Line(ChangeOperation operation) => operation.Key + Details(operation);

    private static string Details(ChangeOperation operation) => operation switch
    {
        CreateLabel create => $" #{create.Label.Color} \"{create.Label.Description}\"",
        CreateMilestone create => string.Create(CultureInfo.InvariantCulture, $" \"{create.Title}\" due {create.Due:yyyy-MM-dd}"),
        UpdateMilestone update => string.Create(CultureInfo.InvariantCulture, $" #{update.Number} \"{update.Title}\" due {update.Due:yyyy-MM-dd}"),
        CreateIssue create => $" \"{create.Title}\" [{string.Join(", ", create.Labels)}] in {Ref(create.Milestone)}",
        UpdateIssue update => $" {Ref(update.Issue)} \"{update.Title}\" [{string.Join(", ", update.Labels)}] in {Ref(update.Milestone)}{(update.Reopen ? " (reopen)" : string.Empty)}",
        AddSubIssue add => $" {Ref(add.Parent)} > {Ref(add.Child)}{(add.ReplaceParent ? " (replace parent)" : string.Empty)}",
        CloseIssue close => $" {Ref(close.Issue)}",
        CloseMilestone close => $" {Ref(close.Milestone)}",
        Comment comment => $" {Ref(comment.Issue)}",
        _ => string.Empty,
    };

    private static string Ref(ObjectRef? reference) => reference switch
    {
        null => "-",
        { Number: { } number } => $"{reference.Target}#{number.ToString(CultureInfo.InvariantCulture)}",
        _ => $"{reference.Target}(new)",
    };
}
