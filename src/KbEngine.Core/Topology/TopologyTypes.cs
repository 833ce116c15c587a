using System.Collections.Immutable;
using System.Reflection;
using Newtonsoft.Json.Linq;

namespace KbEngine.Core.Topology;

/// <summary>The node and link types a topology may use, read from <c>content/topology/types.json</c> (data, not code).</summary>
public sealed class TopologyTypes
{
    private TopologyTypes(ImmutableDictionary<string, ElementType> nodes, ImmutableDictionary<string, ElementType> links)
    {
        NodeTypes = nodes;
        LinkTypes = links;
    }

    /// <summary>The types embedded in the library (this repository's <c>content/topology/types.json</c>).</summary>
    public static TopologyTypes Embedded { get; } = Parse(ReadEmbedded());

    /// <summary>The node types by name.</summary>
    public ImmutableDictionary<string, ElementType> NodeTypes { get; }

    /// <summary>The link types by name.</summary>
    public ImmutableDictionary<string, ElementType> LinkTypes { get; }

    /// <summary>Reads the types from their JSON text.</summary>
    /// <exception cref="FormatException">The JSON does not declare types; the message names the JSON path.</exception>
    public static TopologyTypes Parse(string json)
    {
        var root = JObject.Parse(json);
        return new TopologyTypes(Read(root, "nodeTypes", link: false), Read(root, "linkTypes", link: true));
    }

    private static ImmutableDictionary<string, ElementType> Read(JObject root, string section, bool link)
    {
        var types = ImmutableDictionary.CreateBuilder<string, ElementType>(StringComparer.Ordinal);
        foreach (var property in (root[section] as JObject ?? throw new FormatException($"$.{section}: expected an object of types")).Properties())
        {
            var attributes = ImmutableDictionary.CreateBuilder<string, AttributeType>(StringComparer.Ordinal);
            foreach (var attribute in (property.Value["attributes"] as JObject)?.Properties() ?? [])
            {
                attributes[attribute.Name] = AttributeType.Parse((string?)attribute.Value ?? throw new FormatException($"{attribute.Path}: expected a type name"));
            }

            types[property.Name] = new ElementType(
                property.Name,
                attributes.ToImmutable(),
                link ? Names(property.Value["from"]) : [],
                link ? Names(property.Value["to"]) : []);
        }

        return types.ToImmutable();
    }

    private static ImmutableArray<string> Names(JToken? token) =>
        token is JArray array ? [.. array.Select(value => (string)value!)] : [];

    private static string ReadEmbedded()
    {
        const string name = "KbEngine.Content.topology.types.json";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing from KbEngine.Core");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
