using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlanBot.Core;

/// <summary>Lets System.Text.Json read and write any <see cref="ValueList{T}"/> as a JSON array.</summary>
public sealed class ValueListJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(ValueList<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        var item = typeToConvert.GetGenericArguments()[0];

        // Ahead of time, one compiled converter serves every reference-type item; a value-type item needs its own
        // instantiation, and the one PlanBot stores (issue numbers) is made here by name.
        return item == typeof(int) ? new ValueListJsonConverter<int>() : Made(item);
    }

    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Reference-type items share the canonical instantiation, which Native AOT compiles; int is made above.")]
    private static JsonConverter Made(Type item) =>
        (JsonConverter)Activator.CreateInstance(typeof(ValueListJsonConverter<>).MakeGenericType(item))!;
}
