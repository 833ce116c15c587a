using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KbEngine.Core.Topology;

/// <summary>
/// Writes the JSON Schema of topology files from the declared types, so the published schema
/// (<c>content/topology/topology.schema.json</c>) cannot drift from what the reader accepts.
/// </summary>
/// <remarks>
/// The schema checks shapes and value types; what it cannot say (a link's ends must name
/// declared nodes of the right types, ids are unique) the reader still checks.
/// </remarks>
public static class TopologySchema
{
    /// <summary>The schema for topologies over <paramref name="types"/>, as indented JSON text.</summary>
    public static string Generate(TopologyTypes types)
    {
        ArgumentNullException.ThrowIfNull(types);
        var schema = new JObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = "https://kbengine.invalid/schemas/topology.schema.json",
            ["title"] = "KbEngine topology",
            ["description"] = "A user's estate as typed nodes and links; generated from content/topology/types.json.",
            ["type"] = "object",
            ["required"] = new JArray("nodes"),
            ["additionalProperties"] = false,
            ["properties"] = new JObject
            {
                ["name"] = new JObject { ["type"] = "string" },
                ["nodes"] = new JObject { ["type"] = "array", ["items"] = OneOf(types.NodeTypes.Values, ["id", "type"]) },
                ["links"] = new JObject { ["type"] = "array", ["items"] = OneOf(types.LinkTypes.Values, ["type", "from", "to"]) },
            },
        };
        return schema.ToString(Formatting.Indented) + "\n";
    }

    private static JObject OneOf(IEnumerable<ElementType> types, string[] required) =>
        new() { ["oneOf"] = new JArray(types.OrderBy(type => type.Name, StringComparer.Ordinal).Select(type => Element(type, required))) };

    private static JObject Element(ElementType type, string[] required)
    {
        var properties = new JObject();
        foreach (var name in required)
        {
            properties[name] = name == "type"
                ? new JObject { ["enum"] = new JArray(type.Name) }
                : new JObject { ["type"] = "string", ["minLength"] = 1 };
        }

        foreach (var (name, attribute) in type.Attributes.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            properties[name] = Value(attribute);
        }

        properties["attributes"] = new JObject { ["type"] = "object", ["description"] = "Free attributes, not checked." };
        return new JObject
        {
            ["title"] = type.Name,
            ["type"] = "object",
            ["required"] = new JArray(required),
            ["additionalProperties"] = false,
            ["properties"] = properties,
        };
    }

    private static JObject Value(AttributeType attribute) => attribute.Kind switch
    {
        AttributeKind.WholeNumber => new JObject { ["type"] = "integer" },
        AttributeKind.Number => new JObject { ["type"] = "number" },
        AttributeKind.Boolean => new JObject { ["type"] = "boolean" },
        AttributeKind.Version => new JObject { ["type"] = "string", ["pattern"] = "^\\d+(\\.\\d+)*[A-Za-z]*$" },
        AttributeKind.TextList => new JObject { ["type"] = "array", ["items"] = new JObject { ["type"] = "string" } },
        AttributeKind.NodeReference => new JObject { ["type"] = "string", ["minLength"] = 1, ["description"] = attribute.ToString() },
        _ => new JObject { ["type"] = "string" },
    };
}
