using Azure.Identity;
using Microsoft.Extensions.Configuration;
using PlanBot.GitHub.Telemetry;
using Xunit;

namespace PlanBot.Integration.Tests.Telemetry;

/// <summary>Which exporter the settings choose, and with which credential, as the Functions host reads the same settings.</summary>
public sealed class TelemetryExportTests
{
    private const string ConnectionString = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://example.invalid/";

    public static TheoryData<string?, string?, string?, TelemetryDestination, bool, string?> Cases => new()
    {
        { null, null, null, TelemetryDestination.None, false, null },
        { "  ", null, null, TelemetryDestination.None, false, null },
        { null, null, "http://127.0.0.1:4318", TelemetryDestination.Otlp, false, null },
        { ConnectionString, null, null, TelemetryDestination.AzureMonitor, false, null },
        { ConnectionString, null, "http://127.0.0.1:4318", TelemetryDestination.AzureMonitor, false, null },
        { ConnectionString, "Authorization=AAD", null, TelemetryDestination.AzureMonitor, true, null },
        { ConnectionString, "ClientId=1b2c3d4e-0000-0000-0000-000000000001;Authorization=AAD", null, TelemetryDestination.AzureMonitor, true, "1b2c3d4e-0000-0000-0000-000000000001" },
        { ConnectionString, " clientid = abc ; authorization = aad ", null, TelemetryDestination.AzureMonitor, true, "abc" },
        { ConnectionString, "ClientId=abc", null, TelemetryDestination.AzureMonitor, false, null },
        { ConnectionString, "Authorization=Other;ClientId=abc", null, TelemetryDestination.AzureMonitor, false, null },
        { ConnectionString, "garbage;=;Authorization", null, TelemetryDestination.AzureMonitor, false, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Settings_choose_the_destination_and_the_identity(
        string? connectionString, string? authentication, string? otlpEndpoint, TelemetryDestination destination, bool entraId, string? clientId)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [TelemetryExport.ConnectionStringSetting] = connectionString,
            [TelemetryExport.AuthenticationStringSetting] = authentication,
            [TelemetryExport.OtlpEndpointSetting] = otlpEndpoint,
        }).Build();

        var export = TelemetryExport.From(configuration);

        Assert.Equal((destination, entraId, clientId), (export.Destination, export.UseEntraId, export.ManagedIdentityClientId));
        Assert.Equal(destination == TelemetryDestination.AzureMonitor ? connectionString : null, export.ConnectionString);
        if (entraId)
        {
            Assert.IsType<ManagedIdentityCredential>(export.Credential());
        }
        else
        {
            Assert.Null(export.Credential());
        }
    }
}
