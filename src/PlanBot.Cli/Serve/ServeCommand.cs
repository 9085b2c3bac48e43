using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PlanBot.Cli.Serve;

/// <summary><c>planbot serve [--urls URL] [--storage CONNECTION]</c>: the webhook pipeline locally, until Ctrl+C.</summary>
public sealed class ServeCommand : ICliCommand
{
    public const string DefaultUrls = "http://127.0.0.1:7071";

    public Command Create(CliContext context)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen (Kestrel URLs, ';'-separated).",
            DefaultValueFactory = _ => DefaultUrls,
        };
        var storage = new Option<string?>("--storage")
        {
            Description = "Storage connection string; default PlanBot:Storage:ConnectionString, else Azurite (UseDevelopmentStorage=true).",
        };
        var command = new Command("serve", "Host POST /api/github/webhooks and GET /api/health on Kestrel and process the webhook queue in the same process.")
        {
            urls,
            storage,
        };
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(context.Error, parseResult.GetValue(urls) ?? DefaultUrls, parseResult.GetValue(storage), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(TextWriter error, string urls, string? storage, CancellationToken cancellationToken)
    {
        List<string> args = ["--urls", urls];
        if (!string.IsNullOrWhiteSpace(storage))
        {
            args.Add("--PlanBot:Storage:ConnectionString=" + storage);
        }

        await using var app = ServeHost.Build([.. args]);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OptionsValidationException e)
        {
            await error.WriteLineAsync(string.Join(Environment.NewLine, e.Failures)).ConfigureAwait(false);
            return 2;
        }
        catch (AggregateException e) when (e.InnerExceptions.All(inner => inner is OptionsValidationException))
        {
            // With several invalid sections the start-up validator reports them all at once.
            var failures = e.InnerExceptions.Cast<OptionsValidationException>().SelectMany(inner => inner.Failures);
            await error.WriteLineAsync(string.Join(Environment.NewLine, failures)).ConfigureAwait(false);
            return 2;
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger<ServeCommand>();
        ServeLog.Listening(logger, string.Join(", ", app.Urls));
        await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }
}
