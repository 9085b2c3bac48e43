using System.CommandLine;
using PlanBot.Cli;
using PlanBot.Cli.Serve;
using PlanBot.Integration.Tests.Infrastructure;
using Xunit;

namespace PlanBot.Integration.Tests.Ingress;

[Collection(AzuriteCollection.Name)]
public sealed class ServeCommandTests(AzuriteFixture azurite)
{
    [Fact]
    public void The_command_is_serve_with_urls_defaulting_to_loopback()
    {
        var command = new ServeCommand().Create(Context(TextWriter.Null));

        var parsed = command.Parse([]);

        Assert.Equal("serve", command.Name);
        Assert.Empty(parsed.Errors);
        Assert.Equal(ServeCommand.DefaultUrls, parsed.GetValue<string>("--urls"));
    }

    [Fact]
    public async Task Without_a_webhook_secret_serve_exits_with_2_and_says_why()
    {
        Assert.True(string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PlanBot__WebhookSecret")), "the test needs no secret in its environment");
        var error = new StringWriter();

        var exit = await CliApp.RunAsync(["serve", "--urls", "http://127.0.0.1:0", "--storage", azurite.ConnectionString], Context(error), CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains("PlanBot__WebhookSecret", error.ToString(), StringComparison.Ordinal);
    }

    private static CliContext Context(TextWriter error) => new(TextWriter.Null, error, TimeProvider.System, new CoreEngine());
}
