using System.CommandLine;

namespace PlanBot.Cli;

/// <summary>
/// The <c>planbot</c> command line, runnable in-process: every outcome is an exit code and at most one
/// line on <c>stderr</c> for an error, never a stack trace.
/// </summary>
public static class CliApp
{
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        RunAsync(args, new CliContext(stdout, stderr, TimeProvider.System, new CoreEngine()), cancellationToken);

    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken)
    {
        var root = new RootCommand("PlanBot: turn a PRD and a TRD into an implementation plan, offline.");
        foreach (var command in CliCommands.Registered)
        {
            root.Subcommands.Add(command.Create(context));
        }

        // No response files: "@." or "@/" would otherwise be read as a file of arguments, and a folder or an unreadable
        // file there escaped as an exception. Every argument is taken as written.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
        {
            var messages = string.Join(' ', parsed.Errors.Select(e => OneLine(e.Message)).Distinct(StringComparer.Ordinal));
            await context.Error.WriteLineAsync($"planbot: {messages} (see 'planbot --help')").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        var configuration = new InvocationConfiguration
        {
            Output = context.Out,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (CliInputException e)
        {
            await context.Error.WriteLineAsync($"planbot: {OneLine(e.Message)}").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }
        catch (OperationCanceledException)
        {
            await context.Error.WriteLineAsync("planbot: cancelled").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (Exception e)
        {
            // A bug of ours or of a library: still one line, so scripts and CI logs stay readable.
            await context.Error.WriteLineAsync($"planbot: internal error: {OneLine(e.Message)} ({e.GetType().Name})").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }

    internal static string OneLine(string text) => string.Join(' ', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
