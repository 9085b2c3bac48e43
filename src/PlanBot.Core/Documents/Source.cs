using System.Globalization;

namespace PlanBot.Core.Documents;

internal static class Source
{
    public static string Describe(DocumentKind document, int line) =>
        line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{Name(document)} line {line}") : Name(document);

    public static string Name(DocumentKind document) => document == DocumentKind.Prd ? "PRD" : "TRD";
}
