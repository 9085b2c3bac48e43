using System.CommandLine;
using System.Globalization;

namespace PlanBot.Cli.Input;

/// <summary><c>--today yyyy-MM-dd</c>: the date plans are scheduled from; pinned in tests and goldens.</summary>
public sealed class TodayOption
{
    private readonly Option<DateOnly?> option = new("--today")
    {
        Description = "Date to plan from, yyyy-MM-dd (default: today, UTC).",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            result.AddError($"--today expects a date as yyyy-MM-dd, got '{text}'");
            return null;
        },
    };

    public void AddTo(Command command) => command.Options.Add(option);

    public DateOnly Resolve(ParseResult parseResult, TimeProvider clock) =>
        parseResult.GetValue(option) ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
