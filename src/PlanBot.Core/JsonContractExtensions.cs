using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PlanBot.Core;

public static class JsonContractExtensions
{
    /// <summary>
    /// The contract <paramref name="options"/> hold for <typeparamref name="T"/>: serializing with it instead of the
    /// options needs no reflection, so it works in the ahead-of-time compiled tool when a generated context provides it.
    /// </summary>
    public static JsonTypeInfo<T> Contract<T>(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
    }
}
