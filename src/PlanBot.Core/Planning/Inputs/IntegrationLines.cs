using System.Text.RegularExpressions;
using PlanBot.Core.Documents;

namespace PlanBot.Core.Planning.Inputs;

/// <summary>
/// What the TRD says of each system the product talks to: its lines (pieces and statements) under a heading that names
/// the system ("### Stripe") or that name it, those under its heading and those that state how it fails or is limited
/// ("Error handling: every Playwright action wrapped with a timeout…") first, in the TRD's order. A line that names three or more of
/// the systems is about the product ("Everything except the Anthropic API, Stripe, Resend … lives on one box"), and a
/// line a feature already quotes is left to that feature, unless it is under the system's own heading: that is the
/// system's specification, which its client is built to.
/// </summary>
internal sealed partial class IntegrationLines
{
    public const int MaxPerIntegration = 3;
    private const int Crowded = 3;

    private readonly Dictionary<string, IReadOnlyList<Sourced<DocumentPiece>>> byName;

    private IntegrationLines(Dictionary<string, IReadOnlyList<Sourced<DocumentPiece>>> byName) => this.byName = byName;

    public static IntegrationLines Link(IReadOnlyList<Sourced<DocumentPiece>> lines, IReadOnlyList<Sourced<Integration>> integrations, IReadOnlySet<(DocumentKind, int)> quoted, PlanInputs inputs)
    {
        var names = integrations.Select(i => i.Value.Name.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var byName = new Dictionary<string, IReadOnlyList<Sourced<DocumentPiece>>>(StringComparer.OrdinalIgnoreCase);
        var open = lines.Where(l => names.Count(n => Names(l.Value.Text, n)) < Crowded).ToList();
        foreach (var name in names)
        {
            byName[name] = open
                .Select(l => (Line: l, Heading: Names(inputs.SectionAt(l.Document, l.Line) ?? string.Empty, name)))
                .Where(l => l.Heading || (Names(l.Line.Value.Text, name) && !quoted.Contains((l.Line.Document, l.Line.Line))))
                .OrderBy(l => l.Heading ? 0 : 1)
                .ThenBy(l => Limits(l.Line.Value.Text) ? 0 : 1)
                .ThenBy(l => l.Line.Line)
                .Take(MaxPerIntegration)
                .Select(l => l.Line)
                .OrderBy(l => l.Line)
                .ToList();
        }

        return new IntegrationLines(byName);
    }

    /// <summary>The line states a failure mode or a limit of the system: what a test of its client checks.</summary>
    public static bool Limits(string text) => Limit().IsMatch(text);

    public IReadOnlyList<Sourced<DocumentPiece>> Of(Integration integration) =>
        byName.TryGetValue(integration.Name.Trim(), out var lines) ? lines : [];

    /// <summary>The text names the system: its full name, or its first word (at least four letters), as a word.</summary>
    public static bool Names(string text, string name)
    {
        var first = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? name;
        return Word(text, name) || (first.Length >= 4 && Word(text, first));
    }

    [GeneratedRegex(@"\b(?:error|fail|retr(?:y|ies|ied)|time-?out|timed out|limit|quota|throttl|back-?off|circuit|fallback|verif|signature|expir|revok)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Limit();

    private static bool Word(string text, string word) =>
        Regex.IsMatch(text, $@"(?<![\w]){Regex.Escape(word)}(?![\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
