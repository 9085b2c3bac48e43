using System.Reflection;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using PlanBot.Cli.Serve;
using PlanBot.Functions;
using PlanBot.Integration.Tests.Infrastructure;
using PlanBot.Storage;
using Xunit;

namespace PlanBot.Integration.Tests.Infra;

/// <summary>What main.bicep deploys, read from the ARM template bicep compiles it to.</summary>
public sealed class CompiledTemplateTests(CompiledMainTemplate template) : IClassFixture<CompiledMainTemplate>
{
    [Fact]
    public void Function_app_runs_dotnet_isolated_10_on_flex_consumption_as_the_user_assigned_identity()
    {
        var plan = Assert.Single(template.OfType("Microsoft.Web/serverfarms")).Resource;
        var site = Assert.Single(template.OfType("Microsoft.Web/sites"));
        var config = site.Properties.GetProperty("functionAppConfig");

        Assert.Equal("FC1", plan.GetProperty("sku").GetProperty("name").GetString());
        Assert.Equal("FlexConsumption", plan.GetProperty("sku").GetProperty("tier").GetString());
        Assert.Equal("dotnet-isolated", config.GetProperty("runtime").GetProperty("name").GetString());
        Assert.Equal("10.0", config.GetProperty("runtime").GetProperty("version").GetString());
        Assert.Equal("UserAssigned", site.Resource.GetProperty("identity").GetProperty("type").GetString());
        Assert.Equal(
            "UserAssignedIdentity",
            config.GetProperty("deployment").GetProperty("storage").GetProperty("authentication").GetProperty("type").GetString());
        Assert.True(site.Properties.GetProperty("httpsOnly").GetBoolean());
        Assert.Contains("identityId", site.Properties.GetProperty("keyVaultReferenceIdentity").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void App_settings_are_exactly_those_planbot_and_the_runtime_read()
    {
        var settings = AppSettings();

        Assert.Equal(
            [
                "APPLICATIONINSIGHTS_AUTHENTICATION_STRING",
                "APPLICATIONINSIGHTS_CONNECTION_STRING",
                "AzureWebJobsStorage__accountName",
                "AzureWebJobsStorage__clientId",
                "AzureWebJobsStorage__credential",
                "PlanBot__GitHub__ApiUrl",
                "PlanBot__GitHub__AppId",
                "PlanBot__GitHub__PrivateKey",
                "PlanBot__Storage__AccountName",
                "PlanBot__Storage__ManagedIdentityClientId",
                "PlanBot__WebhookSecret",
            ],
            settings.Keys.Order(StringComparer.Ordinal));
        Assert.StartsWith("[format('@Microsoft.KeyVault(SecretUri=", settings["PlanBot__WebhookSecret"], StringComparison.Ordinal);
        Assert.StartsWith("[format('@Microsoft.KeyVault(SecretUri=", settings["PlanBot__GitHub__PrivateKey"], StringComparison.Ordinal);
        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
        Assert.Contains("Authorization=AAD", settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_planbot_app_setting_is_bound_by_an_options_class()
    {
        var unbound = AppSettings().Keys
            .Where(name => name.StartsWith("PlanBot__", StringComparison.Ordinal) && !PlanBotSettingNames.IsBound(name))
            .ToList();

        Assert.True(unbound.Count == 0, "App settings no options class reads: " + string.Join(", ", unbound));
    }

    [Fact]
    public void The_webhook_queue_trigger_listens_through_a_connection_the_app_settings_define_on_the_queue_planbot_writes()
    {
        var trigger = typeof(WebhookQueueFunction).GetMethod(nameof(WebhookQueueFunction.RunAsync))!
            .GetParameters().Select(parameter => parameter.GetCustomAttribute<QueueTriggerAttribute>()).Single(attribute => attribute is not null)!;
        var settings = AppSettings();

        Assert.Contains(trigger.Connection + "__accountName", settings.Keys);
        Assert.Equal("managedidentity", settings[trigger.Connection + "__credential"]);
        Assert.Equal(new StorageOptions().QueueName, trigger.QueueName);
        Assert.DoesNotContain("PlanBot__Storage__QueueName", settings.Keys);
    }

    [Fact]
    public void Webhook_payload_blobs_expire_from_the_container_planbot_writes_them_to()
    {
        var policy = Assert.Single(template.OfType("Microsoft.Storage/storageAccounts/managementPolicies")).Properties;
        var rule = Assert.Single(policy.GetProperty("policy").GetProperty("rules").EnumerateArray());
        var prefix = Assert.Single(rule.GetProperty("definition").GetProperty("filters").GetProperty("prefixMatch").EnumerateArray()).GetString();

        Assert.Equal("[format('{0}/', parameters('payloadContainerName'))]", prefix);
        Assert.Equal(new StorageOptions().PayloadContainer, template.ModuleParameter("storage", "payloadContainerName").GetString());
        Assert.True(rule.GetProperty("definition").GetProperty("actions").GetProperty("baseBlob").TryGetProperty("delete", out _));
    }

    [Fact]
    public void Storage_account_accepts_only_entra_id_over_tls_1_2()
    {
        var account = Assert.Single(template.OfType("Microsoft.Storage/storageAccounts")).Properties;

        Assert.False(account.GetProperty("allowSharedKeyAccess").GetBoolean());
        Assert.False(account.GetProperty("allowBlobPublicAccess").GetBoolean());
        Assert.True(account.GetProperty("supportsHttpsTrafficOnly").GetBoolean());
        Assert.Equal("TLS1_2", account.GetProperty("minimumTlsVersion").GetString());
    }

    [Fact]
    public void Key_vault_authorizes_with_rbac_keeps_deleted_secrets_and_writes_secrets_only_when_given()
    {
        var vault = Assert.Single(template.OfType("Microsoft.KeyVault/vaults")).Properties;
        var secrets = Assert.Single(template.OfType("Microsoft.KeyVault/vaults/secrets")).Resource;

        Assert.True(vault.GetProperty("enableRbacAuthorization").GetBoolean());
        Assert.True(vault.GetProperty("enableSoftDelete").GetBoolean());
        Assert.Contains("not(empty(", secrets.GetProperty("condition").GetString(), StringComparison.Ordinal);
        Assert.Equal("securestring", Parameter("webhookSecret").GetProperty("type").GetString());
        Assert.Equal("securestring", Parameter("gitHubAppPrivateKey").GetProperty("type").GetString());
    }

    [Fact]
    public void Application_insights_sends_to_log_analytics_with_entra_id_only()
    {
        var component = Assert.Single(template.OfType("Microsoft.Insights/components")).Properties;
        Assert.Single(template.OfType("Microsoft.OperationalInsights/workspaces"));

        Assert.True(component.GetProperty("DisableLocalAuth").GetBoolean());
        Assert.Contains("Microsoft.OperationalInsights/workspaces", component.GetProperty("WorkspaceResourceId").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_role_assignment_is_scoped_to_one_resource_and_granted_to_a_known_principal_type()
    {
        var assignments = template.OfType("Microsoft.Authorization/roleAssignments");

        Assert.All(assignments, assignment =>
        {
            Assert.True(assignment.Resource.TryGetProperty("scope", out var scope), "A role assignment without a scope covers the resource group.");
            Assert.False(string.IsNullOrEmpty(scope.GetString()));
            Assert.True(assignment.Properties.TryGetProperty("principalType", out _), "principalType avoids replication-delay failures.");
        });
    }

    [Fact]
    public void Deployment_outputs_the_webhook_and_health_urls_on_the_apps_routes_and_no_secret()
    {
        var outputs = template.Root.GetProperty("outputs");

        Assert.True(outputs.TryGetProperty("webhookUrl", out var webhookUrl));
        Assert.True(outputs.TryGetProperty("healthUrl", out var healthUrl));
        Assert.Contains("https://", webhookUrl.GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Equal(ServeHost.WebhookRoute, template.Root.GetProperty("variables").GetProperty("webhookPath").GetString());
        Assert.Equal(ServeHost.HealthRoute, template.Root.GetProperty("variables").GetProperty("healthPath").GetString());
        Assert.Contains("variables('healthPath')", healthUrl.GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.All(outputs.EnumerateObject(), output =>
            Assert.DoesNotContain("parameters('webhookSecret')", output.Value.GetRawText(), StringComparison.Ordinal));
    }

    private Dictionary<string, string> AppSettings() =>
        Assert.Single(template.OfType("Microsoft.Web/sites")).Variable("appSettings").EnumerateObject()
            .ToDictionary(setting => setting.Name, setting => setting.Value.GetString()!, StringComparer.Ordinal);

    private JsonElement Parameter(string name) => template.Root.GetProperty("parameters").GetProperty(name);
}
