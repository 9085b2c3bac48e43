using System.Reflection;
using System.Text.Json.Serialization;

namespace PlanBot.Core.Tests;

/// <summary>
/// The item types of every <see cref="ValueList{T}"/> a JSON contract can reach from a root type, through properties and
/// declared derived types. A ValueList is written by its own converter, which asks the options for its items' contract
/// only when it has items; a generated context must name each of these, and tests check it does.
/// </summary>
public static class JsonContracts
{
    public static IReadOnlySet<Type> ListItemTypes(params Type[] roots)
    {
        var items = new HashSet<Type>();
        var seen = new HashSet<Type>();
        void Walk(Type type)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (!seen.Add(type) || type.IsPrimitive || type.IsEnum || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true)
            {
                return;
            }

            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>))
            {
                items.Add(type.GetGenericArguments()[0]);
                Walk(type.GetGenericArguments()[0]);
                return;
            }

            foreach (var derived in type.GetCustomAttributes<JsonDerivedTypeAttribute>())
            {
                Walk(derived.DerivedType);
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                Walk(property.PropertyType);
            }
        }

        foreach (var root in roots)
        {
            Walk(root);
        }

        return items;
    }
}
