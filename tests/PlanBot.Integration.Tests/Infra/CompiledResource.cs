using System.Text.Json;

namespace PlanBot.Integration.Tests.Infra;

/// <summary>One resource of the compiled deployment and the (module) template that declares it.</summary>
public sealed record CompiledResource(string Type, JsonElement Resource, JsonElement Template)
{
    public JsonElement Properties => Resource.GetProperty("properties");

    /// <summary>A variable of the declaring template.</summary>
    public JsonElement Variable(string name) => Template.GetProperty("variables").GetProperty(name);
}
