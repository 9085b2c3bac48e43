using System.Reflection;
using System.Xml.Linq;
using PlanBot.Integration.Tests.Infrastructure;

namespace PlanBot.Integration.Tests.Tool;

/// <summary>
/// <c>src/PlanBot.Cli/aot.rd.xml</c> names every <c>StringEnum&lt;T&gt;</c> Octokit's models hold: the ahead-of-time
/// compiled tool cannot make one it was not told about, and an Octokit upgrade that adds one must add its line.
/// </summary>
public sealed class AotDirectivesTests
{
    [Fact]
    public void Every_string_enum_in_Octokits_models_is_compiled_in()
    {
        var directives = XDocument.Load(Path.Join(RepositoryPaths.Root(), "src", "PlanBot.Cli", "aot.rd.xml"));
        var named = directives.Descendants().Where(e => e.Name.LocalName == "Type").Select(e => (string)e.Attribute("Name")!).ToHashSet(StringComparer.Ordinal);

        var held = typeof(Octokit.Issue).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(p => Unwrapped(p.PropertyType))
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Octokit.StringEnum<>))
            .Select(t => t.GetGenericArguments()[0])
            .Select(e => $"Octokit.StringEnum`1[[{e.FullName},{e.Assembly.GetName().Name}]]")
            .ToHashSet(StringComparer.Ordinal);

        Assert.True(held.Count > 30, $"only {held.Count} found");
        Assert.Empty(held.Except(named).Order(StringComparer.Ordinal));
    }

    private static Type Unwrapped(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var item = type.GetGenericArguments()[0];
            return Nullable.GetUnderlyingType(item) ?? item;
        }

        return type;
    }
}
