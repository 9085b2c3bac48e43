using System.Text.RegularExpressions;
using PlanBot.Core.Documents;
using PlanBot.Core.Scoping;
using PlanBot.Core.Tests.Documents;
using Xunit.Abstractions;

namespace PlanBot.Core.Tests.Scoping;

/// <summary>
/// The questions are asked about the project at hand, not read from a form: for two corpus pairs of different kinds,
/// most questions differ in more than the names they quote (names, numbers and code are masked before comparing).
/// </summary>
public sealed partial class CorpusQuestionTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> DifferentKinds => Corpus.Folder is null
        ? new() { { "(no corpus)", "(no corpus)" } }
        : new()
        {
            { "nexus-command", "lerian-libcommons-streaming" },
            { "kart-shopper", "lerian-libcommons-streaming" },
            { "nexus-command", "lerian-matcher-fetcher-bridge" },
        };

    [CorpusTheory]
    [MemberData(nameof(DifferentKinds))]
    public void Two_pairs_of_different_kinds_are_asked_different_questions(string first, string second)
    {
        var a = Questions(first);
        var b = Questions(second);

        var shared = a.Keys.Intersect(b.Keys).ToList();
        var same = shared.Where(id => a[id] == b[id]).ToList();
        output.WriteLine($"{first} / {second}: {shared.Count - same.Count} of {shared.Count} shared questions differ beyond names; the same: {string.Join(", ", same)}");
        Assert.True(same.Count * 2 < shared.Count, $"{same.Count} of {shared.Count} questions are the same beyond names: {string.Join(", ", same)}");
    }

    /// <summary>Each question's prompt, hint and default, with what names the project masked.</summary>
    private static Dictionary<string, string> Questions(string pair)
    {
        var documents = new DocumentAnalyzer().Analyze(Corpus.Read(pair, "PRD.md"), Corpus.Read(pair, "TRD.md"));
        return new QuestionnaireBuilder().Build(documents).Questions
            .ToDictionary(q => q.Id, q => Names().Replace($"{q.Prompt} | {q.Hint} | {q.Default}", "·"));
    }

    /// <summary>Capitalised words and anything with a digit or a backtick: the names, numbers and code a question quotes.</summary>
    [GeneratedRegex(@"`[^`]*`|\b(?:[A-Z][\w.+#-]*|[\w.-]*\d[\w.-]*)\b")]
    private static partial Regex Names();
}
