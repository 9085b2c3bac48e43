using CsCheck;
using PlanBot.Core.Planning;
using PlanBot.Core.Rendering;

namespace PlanBot.Core.Tests.Planning;

/// <summary>Random plans for the round-trip properties, with text the escaper leaves unchanged or text it must change.</summary>
internal static class PlanGenerators
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éçãü中";

    /// <summary>
    /// Text <see cref="MarkdownText.Escape"/> leaves as it is, so it must come back exactly. Words start with a letter
    /// or digit (a word like <c>---</c> alone would be a thematic break: see <see cref="RichText"/>); no <c>&amp;</c>,
    /// because the escaper writes <c>&lt;</c> as <c>&amp;lt;</c> and the two cannot be told apart when read back.
    /// </summary>
    public static Gen<string> PlainText { get; } = Words(Word(".,;:!?'\"()/=+-%$^{}"))
        .Where(text => MarkdownText.Escape(text) == text);

    public static Gen<string> PlainNonEmpty { get; } = PlainText.Where(text => text.Length > 0);

    /// <summary>
    /// Text with everything the escaper changes: Markdown syntax, HTML, mentions, issue references, closing keywords,
    /// entities, block starts, thematic breaks (<c>---</c>), heading closing sequences (<c> ##</c>), line breaks.
    /// </summary>
    public static Gen<string> RichText { get; } = Gen.Select(
        Gen.OneOf("", "", "", "- ", "+ ", "1. ", "12) ", "# ", "## ", "> ", "* ", "[ ] ", "[x] ", "    "),
        Words(Gen.OneOf(
            Word("*_`[]|~<>@#&!(){}:;.,'\"/\\=+-%$^"),
            Gen.OneOf("@team", "@octo-cat", "#12", "fixes #3", "closes owner/repo#4", "&amp;", "&lt;", "&#35;1", "C#", "a\\", "**x**", "`y`", "[z](u)", "<b>", "---", "- -", "#", "##", "\n", "\r\n"))),
        (prefix, words) => prefix + words);

    public static Gen<string> RichNonEmpty { get; } = RichText.Where(text => MarkdownText.Escape(text).Length > 0);

    /// <summary>
    /// Demo commands: lines of shell, some empty, some indented; never a line of only spaces (Markdig reads it as a
    /// blank line) and never trailing spaces (the plan's layout drops them from every line).
    /// </summary>
    public static Gen<string> Commands { get; } = Gen.String[Gen.Char["abcxyz0123 ./:'\"=-`$|"], 0, 30]
        .Select(line => line.TrimEnd(' '))
        .Array[1, 4].Select(lines => string.Join('\n', lines));

    /// <summary>Commands without empty first or last lines, which the built-in template trims.</summary>
    public static Gen<string> TrimmedCommands { get; } = Commands.Select(commands => commands.Trim('\n')).Where(commands => commands.Length > 0);

    public static Gen<PlanDocument> Plans(Gen<string> text, Gen<string> nonEmpty) => Plans(text, nonEmpty, Commands);

    public static Gen<PlanDocument> Plans(Gen<string> text, Gen<string> nonEmpty, Gen<string> commands)
    {
        var day = Gen.Int[0, 3000].Select(offset => new DateOnly(2026, 1, 5).AddDays(offset));
        var checkbox = Gen.Select(nonEmpty, Gen.Bool, (t, ticked) => new Checkbox(t, ticked));
        var trace = nonEmpty.Where(t => !t.Contains(',', StringComparison.Ordinal));
        var demo = Gen.Select(nonEmpty, commands, (title, code) => new DemoScenario(title, code));
        var week = Gen.Select(
            Gen.Int[0, 999],
            text,
            day,
            day,
            nonEmpty.Array[0, 3],
            checkbox.Array[0, 3],
            demo.Array[0, 2],
            Gen.Select(checkbox.Array[0, 3], trace.Array[0, 3], nonEmpty.Array[0, 2]),
            (number, title, start, due, tasks, deliverables, demos, rest) =>
                new PlanWeek(number, title, start, due, tasks, deliverables, demos, rest.Item1, rest.Item2) { Reasons = rest.Item3 });
        var phase = Gen.Select(
            Gen.Int[0, 99],
            text,
            text,
            day,
            day,
            week.Array[0, 3],
            checkbox.Array[0, 3],
            (number, name, goal, start, due, weeks, criteria) => new PlanPhase(number, name, goal, start, due, weeks, criteria));
        return Gen.Select(text, phase.Array[0, 4], (title, phases) => new PlanDocument(title, phases));
    }

    private static Gen<string> Word(string punctuation) =>
        Gen.Select(Gen.Char[Letters], Gen.String[Gen.Char[Letters + punctuation], 0, 8], (first, rest) => first + rest);

    private static Gen<string> Words(Gen<string> word) => word.Array[0, 6].Select(words => string.Join(' ', words));
}
