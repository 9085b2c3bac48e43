using PlanBot.Core.Text;

namespace PlanBot.Core.Conversation.Commands;

/// <summary>
/// Finds <c>/planbot</c> commands in a comment. A command stands alone on its own line, outside fenced code
/// and block quotes, so quoting someone else's command (or the help text) never runs it again.
/// </summary>
public static class CommandParser
{
    private const string Prefix = "/planbot";

    private static readonly Dictionary<string, CommandKind> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["help"] = CommandKind.Help,
        ["status"] = CommandKind.Status,
        ["answer"] = CommandKind.Answer,
        ["skip"] = CommandKind.Skip,
        ["generate"] = CommandKind.Generate,
        ["regenerate"] = CommandKind.Regenerate,
        ["publish"] = CommandKind.Publish,
        ["reset"] = CommandKind.Reset,
    };

    public static IReadOnlyCollection<string> VerbNames => Verbs.Keys;

    public static ParsedCommands Parse(string? body)
    {
        var commands = new List<BotCommand>();
        var unknown = new List<UnknownCommand>();
        var problems = new List<CommandProblem>();
        string? openFence = null;
        var lineNumber = 0;
        foreach (var rawLine in (body ?? string.Empty).ReplaceLineEndings("\n").Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (IsFence(line, out var fence))
            {
                openFence = openFence is null ? fence : (line.StartsWith(openFence, StringComparison.Ordinal) ? null : openFence);
                continue;
            }

            if (openFence is not null || rawLine.StartsWith("    ", StringComparison.Ordinal) || line.StartsWith('>'))
            {
                continue;
            }

            if (!line.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
                || (line.Length > Prefix.Length && !char.IsWhiteSpace(line[Prefix.Length])))
            {
                continue;
            }

            var rest = line[Prefix.Length..].Trim();
            var verb = rest.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "help";
            var arguments = rest.Length > verb.Length ? rest[verb.Length..].Trim() : string.Empty;
            if (!Verbs.TryGetValue(verb, out var kind))
            {
                unknown.Add(new UnknownCommand(verb, Suggestions.Closest(verb, Verbs.Keys), lineNumber));
                continue;
            }

            var parsed = Build(kind, arguments, lineNumber);
            if (parsed.Problem is not null)
            {
                problems.Add(parsed.Problem);
            }
            else
            {
                commands.Add(parsed.Command!);
            }
        }

        return new ParsedCommands(commands, unknown, problems);
    }

    private static (BotCommand? Command, CommandProblem? Problem) Build(CommandKind kind, string arguments, int line)
    {
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var force = words.Any(w => w.Equals("--force", StringComparison.OrdinalIgnoreCase));
        switch (kind)
        {
            case CommandKind.Answer:
                var split = arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                return split.Length < 2
                    ? (null, new CommandProblem(kind, "`/planbot answer` needs a question id and a value, e.g. `/planbot answer team.size 4`.", line))
                    : (new BotCommand(kind, split, false, line), null);
            case CommandKind.Skip:
                return words.Length != 1
                    ? (null, new CommandProblem(kind, "`/planbot skip` needs one question id, e.g. `/planbot skip risk.unknowns`.", line))
                    : (new BotCommand(kind, words, false, line), null);
            case CommandKind.Regenerate:
                var unexpected = words.Where(w => !w.Equals("--force", StringComparison.OrdinalIgnoreCase)).ToArray();
                return unexpected.Length > 0
                    ? (null, new CommandProblem(kind, $"`/planbot regenerate` takes only `--force`, not `{unexpected[0]}`.", line))
                    : (new BotCommand(kind, ValueList<string>.Empty, force, line), null);
            default:
                return (new BotCommand(kind, ValueList<string>.Empty, false, line), null);
        }
    }

    private static bool IsFence(string line, out string fence)
    {
        fence = line.StartsWith("```", StringComparison.Ordinal) ? "```" : line.StartsWith("~~~", StringComparison.Ordinal) ? "~~~" : string.Empty;
        return fence.Length > 0;
    }
}
