using System.Text.Json;
using Xunit;

namespace PlanBot.Integration.Tests.Infra;

/// <summary>
/// main.bicep compiled to an ARM template once per test class, with the resources of every module flattened so a
/// test can ask "what does the deployment create", whatever module a resource lives in.
/// </summary>
public sealed class CompiledMainTemplate : IAsyncLifetime
{
    private JsonDocument? document;

    public JsonElement Root => (document ?? throw new InvalidOperationException("Not compiled yet.")).RootElement;

    /// <summary>Every resource of the deployment (not the module deployments themselves), with its module's template.</summary>
    public IReadOnlyList<CompiledResource> Resources => [.. Flatten(Root)];

    public async Task InitializeAsync()
    {
        var run = await BicepCli.Instance.RunAsync(["build", "main.bicep", "--stdout"], CancellationToken.None);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException(run.Failure);
        }

        document = JsonDocument.Parse(run.StandardOutput);
    }

    public Task DisposeAsync()
    {
        document?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>The resources of one type; at least one, or the test fails saying which type is missing.</summary>
    public IReadOnlyList<CompiledResource> OfType(string type)
    {
        var found = Resources.Where(resource => resource.Type == type).ToList();
        Assert.True(found.Count > 0, $"The deployment creates no {type}.");
        return found;
    }

    /// <summary>The value main.bicep passes to parameter <paramref name="parameter"/> of module <paramref name="module"/>.</summary>
    public JsonElement ModuleParameter(string module, string parameter)
    {
        var deployment = ResourcesOf(Root).Single(resource =>
            resource.GetProperty("type").GetString() == "Microsoft.Resources/deployments"
            && resource.GetProperty("name").GetString() == module);
        return deployment.GetProperty("properties").GetProperty("parameters").GetProperty(parameter).GetProperty("value");
    }

    private static IEnumerable<CompiledResource> Flatten(JsonElement template)
    {
        foreach (var resource in ResourcesOf(template))
        {
            var type = resource.GetProperty("type").GetString()!;
            if (type == "Microsoft.Resources/deployments")
            {
                foreach (var nested in Flatten(resource.GetProperty("properties").GetProperty("template")))
                {
                    yield return nested;
                }
            }
            else if (!resource.TryGetProperty("existing", out var existing) || !existing.GetBoolean())
            {
                yield return new CompiledResource(type, resource, template);
            }
        }
    }

    /// <summary>languageVersion 2.0 templates key resources by symbolic name; 1.0 templates list them.</summary>
    private static IEnumerable<JsonElement> ResourcesOf(JsonElement template) =>
        !template.TryGetProperty("resources", out var resources) ? []
        : resources.ValueKind == JsonValueKind.Object ? resources.EnumerateObject().Select(resource => resource.Value)
        : resources.EnumerateArray();
}
