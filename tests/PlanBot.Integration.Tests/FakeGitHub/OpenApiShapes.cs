using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using PlanBot.Integration.Tests.Infrastructure;

namespace PlanBot.Integration.Tests.FakeGitHub;

/// <summary>
/// Checks a JSON body against the schema GitHub's OpenAPI description gives an operation: types (with nullable),
/// required properties, enums, number bounds, arrays, <c>$ref</c>, <c>allOf</c>/<c>anyOf</c>/<c>oneOf</c>; and a query
/// string against the operation's query parameters: names, types, enums, bounds, required ones. Formats and string
/// patterns are not checked.
/// </summary>
public static class OpenApiShapes
{
    private static readonly Lazy<JsonDocument> Description = new(() =>
        JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.NodeModules(), "@octokit", "openapi", "generated", "api.github.com.json"))));

    /// <summary>What is wrong with <paramref name="body"/> as the request body of "METHOD /path/{template}".</summary>
    public static IReadOnlyList<string> RequestViolations(string endpoint, string body)
    {
        var schema = Operation(endpoint).GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        return Violations(schema, body);
    }

    /// <summary>What is wrong with <paramref name="query"/> (<c>?a=1&amp;b=x</c>, or empty) as the query string of "METHOD /path/{template}".</summary>
    public static IReadOnlyList<string> QueryViolations(string endpoint, string query)
    {
        var space = endpoint.IndexOf(' ', StringComparison.Ordinal);
        var path = Description.Value.RootElement.GetProperty("paths").GetProperty(endpoint[(space + 1)..]);
        var parameters = new[] { path, Operation(endpoint) }
            .SelectMany(node => node.TryGetProperty("parameters", out var list) ? list.EnumerateArray().Select(Resolve) : [])
            .Where(parameter => parameter.GetProperty("in").GetString() == "query")
            .ToDictionary(parameter => parameter.GetProperty("name").GetString()!, StringComparer.Ordinal);
        var given = QueryHelpers.ParseQuery(query);
        var violations = new List<string>();
        foreach (var (name, values) in given)
        {
            if (!parameters.TryGetValue(name, out var parameter))
            {
                violations.Add($"query parameter '{name}' is not one the operation takes ({string.Join(", ", parameters.Keys.Order(StringComparer.Ordinal))})");
                continue;
            }

            var schema = Resolve(parameter.GetProperty("schema"));
            foreach (var value in values)
            {
                using var json = JsonDocument.Parse(AsJson(schema, value!));
                Check(schema, json.RootElement, $"query {name}={value}", violations);
            }
        }

        violations.AddRange(parameters
            .Where(p => p.Value.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.True && !given.ContainsKey(p.Key))
            .Select(p => $"query parameter '{p.Key}': required but missing"));
        return violations;
    }

    /// <summary>What is wrong with <paramref name="body"/> as a <paramref name="status"/> answer of "METHOD /path/{template}".</summary>
    public static IReadOnlyList<string> ResponseViolations(string endpoint, int status, string body)
    {
        if (!Operation(endpoint).GetProperty("responses").TryGetProperty(status.ToString(CultureInfo.InvariantCulture), out var response))
        {
            return [$"{endpoint} never answers {status}"];
        }

        response = Resolve(response);
        return response.TryGetProperty("content", out var content) && content.TryGetProperty("application/json", out var json)
            ? Violations(json.GetProperty("schema"), body)
            : [];
    }

    private static IReadOnlyList<string> Violations(JsonElement schema, string body)
    {
        using var document = JsonDocument.Parse(body);
        var violations = new List<string>();
        Check(schema, document.RootElement, "$", violations);
        return violations;
    }

    private static JsonElement Operation(string endpoint)
    {
        var space = endpoint.IndexOf(' ', StringComparison.Ordinal);
        return Description.Value.RootElement.GetProperty("paths").GetProperty(endpoint[(space + 1)..]).GetProperty(endpoint[..space].ToLowerInvariant());
    }

    private static JsonElement Resolve(JsonElement schema)
    {
        while (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference))
        {
            var node = Description.Value.RootElement;
            foreach (var part in reference.GetString()!.TrimStart('#', '/').Split('/'))
            {
                node = node.GetProperty(part);
            }

            schema = node;
        }

        return schema;
    }

    private static void Check(JsonElement schema, JsonElement value, string at, List<string> violations)
    {
        schema = Resolve(schema);
        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var part in allOf.EnumerateArray())
            {
                Check(part, value, at, violations);
            }
        }

        foreach (var alternatives in new[] { "anyOf", "oneOf" })
        {
            if (schema.TryGetProperty(alternatives, out var options)
                && !options.EnumerateArray().Any(option => Passes(option, value)))
            {
                violations.Add($"{at}: matches none of the {alternatives} alternatives");
            }
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            if (!Nullable(schema))
            {
                violations.Add($"{at}: null is not allowed");
            }

            return;
        }

        if (Types(schema) is { Count: > 0 } types && !types.Any(type => IsType(value, type)))
        {
            violations.Add($"{at}: {value.ValueKind} where the schema wants {string.Join(" or ", types)}");
            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && value.ValueKind == JsonValueKind.String
            && !allowed.EnumerateArray().Any(option => option.ValueKind == JsonValueKind.String && option.GetString() == value.GetString()))
        {
            violations.Add($"{at}: '{value.GetString()}' is not one of the allowed values");
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            CheckBounds(schema, value, at, violations);
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            CheckObject(schema, value, at, violations);
        }
        else if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(items, item, $"{at}[{index++}]", violations);
            }
        }
    }

    /// <summary>A query value as the JSON its schema's type reads it as: a number or a boolean when it is one, else a string.</summary>
    private static string AsJson(JsonElement schema, string value)
    {
        var types = Types(schema);
        var number = (types.Contains("integer") || types.Contains("number")) && decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);
        var boolean = types.Contains("boolean") && value is "true" or "false";
        return number || boolean ? value : JsonSerializer.Serialize(value);
    }

    private static void CheckBounds(JsonElement schema, JsonElement value, string at, List<string> violations)
    {
        var number = value.GetDecimal();
        if (schema.TryGetProperty("minimum", out var minimum) && number < minimum.GetDecimal())
        {
            violations.Add($"{at}: {number} is below the minimum {minimum.GetDecimal()}");
        }

        if (schema.TryGetProperty("maximum", out var maximum) && number > maximum.GetDecimal())
        {
            violations.Add($"{at}: {number} is above the maximum {maximum.GetDecimal()}");
        }
    }

    private static void CheckObject(JsonElement schema, JsonElement value, string at, List<string> violations)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(name => name.GetString()!))
            {
                if (!value.TryGetProperty(name, out _))
                {
                    violations.Add($"{at}.{name}: required but missing");
                }
            }
        }

        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in value.EnumerateObject())
            {
                if (properties.TryGetProperty(property.Name, out var propertySchema))
                {
                    Check(propertySchema, property.Value, $"{at}.{property.Name}", violations);
                }
            }
        }
    }

    private static bool Passes(JsonElement schema, JsonElement value)
    {
        var violations = new List<string>();
        Check(schema, value, "$", violations);
        return violations.Count == 0;
    }

    private static bool Nullable(JsonElement schema) =>
        (schema.TryGetProperty("nullable", out var nullable) && nullable.ValueKind == JsonValueKind.True)
        || Types(schema).Contains("null")
        || (!schema.TryGetProperty("type", out _) && !schema.TryGetProperty("properties", out _));

    private static List<string> Types(JsonElement schema) =>
        !schema.TryGetProperty("type", out var type) ? []
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList()
        : [type.GetString()!];

    private static bool IsType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => false,
    };
}
