using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace KbEngine.Core.Tree;

/// <summary>A tree node as the JSON the compiled knowledge base and the export hold.</summary>
public static class DecisionTreeJson
{
    /// <summary>The serializer: camelCase, enums as camelCase strings, nulls left out.</summary>
    public static JsonSerializer Serializer { get; } = JsonSerializer.Create(new JsonSerializerSettings
    {
        ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy() },
        Converters = { new StringEnumConverter(new CamelCaseNamingStrategy()) },
        NullValueHandling = NullValueHandling.Ignore,
    });

    /// <summary>One node as compact JSON.</summary>
    public static string Write(TreeNode node)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Serializer.Serialize(text, node);
        return text.ToString();
    }

    /// <summary>A node from its JSON.</summary>
    public static TreeNode Read(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json));
        return Serializer.Deserialize<TreeNode>(reader) ?? throw new JsonSerializationException("expected a tree node");
    }
}
