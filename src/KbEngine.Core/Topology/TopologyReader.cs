using System.Collections.Immutable;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KbEngine.Core.Topology;

/// <summary>
/// Reads and validates a topology file: malformed JSON, unknown node or link types, duplicate
/// ids, links to nodes that do not exist or of the wrong type, unknown attributes and wrong value
/// types are all reported at once, each with its JSON path and what was expected.
/// </summary>
/// <remarks>Nothing is built from a file with problems: a <see cref="Topology"/> always passed validation.</remarks>
public sealed class TopologyReader
{
    private const string FreeAttributes = "attributes";
    private readonly TopologyTypes _types;

    /// <summary>Creates a reader that checks against <paramref name="types"/> (by default the embedded ones).</summary>
    public TopologyReader(TopologyTypes? types = null) => _types = types ?? TopologyTypes.Embedded;

    /// <summary>Reads a topology from its JSON text.</summary>
    public TopologyReadResult Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var problems = new List<TopologyProblem>();
        JToken root;
        try
        {
            root = JToken.Parse(json, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load, DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
        }
        catch (JsonReaderException e)
        {
            var path = string.IsNullOrEmpty(e.Path) ? "$" : "$." + e.Path;
            return new TopologyReadResult(null, [new TopologyProblem(path, e.LineNumber, $"malformed JSON: {FirstSentence(e.Message)}")]);
        }

        if (root is not JObject document)
        {
            return new TopologyReadResult(null, [Problem(root, "expected an object with \"nodes\" and \"links\"")]);
        }

        var name = document["name"];
        if (name is not null && name.Type != JTokenType.String)
        {
            problems.Add(Problem(name, "expected the estate's name as a string"));
        }

        var references = new List<(JToken Token, string? Wanted)>();
        var nodes = ReadNodes(document, references, problems);
        var links = ReadLinks(document, nodes, references, problems);

        // Node references are checked once every node is known: a node may name one declared after it.
        foreach (var (token, wanted) in references)
        {
            var id = (string)token!;
            if (!nodes.TryGetValue(id, out var node))
            {
                problems.Add(Problem(token, $"no node has the id \"{id}\": expected the id of {(wanted is null ? "a node" : $"a node of type {wanted}")} declared in \"nodes\""));
            }
            else if (wanted is not null && node.Type != wanted)
            {
                problems.Add(Problem(token, $"\"{id}\" is a node of type {node.Type}: expected the id of a node of type {wanted}"));
            }
        }

        return problems.Count > 0
            ? new TopologyReadResult(null, [.. problems.OrderBy(p => p.Line).ThenBy(p => p.Path, StringComparer.Ordinal)])
            : new TopologyReadResult(new Topology((string?)name, [.. nodes.Values], links), []);
    }

    private Dictionary<string, TopologyNode> ReadNodes(JObject document, List<(JToken, string?)> references, List<TopologyProblem> problems)
    {
        var nodes = new Dictionary<string, TopologyNode>(StringComparer.Ordinal);
        if (document["nodes"] is not JArray array)
        {
            problems.Add(Problem(document["nodes"] ?? document, "expected \"nodes\": an array of nodes"));
            return nodes;
        }

        foreach (var item in array)
        {
            if (item is not JObject node)
            {
                problems.Add(Problem(item, "expected a node: an object with \"id\" and \"type\""));
                continue;
            }

            var id = RequiredString(node, "id", "the node's id", problems);
            var type = RequiredString(node, "type", "the node's type", problems);
            ElementType? declared = null;
            if (type is not null && !_types.NodeTypes.TryGetValue(type, out declared))
            {
                problems.Add(Problem(node["type"]!, $"unknown node type \"{type}\": expected one of {string.Join(", ", _types.NodeTypes.Keys.Order(StringComparer.Ordinal))}"));
            }

            var attributes = declared is null ? ImmutableDictionary<string, TopologyValue>.Empty : ReadAttributes(node, declared, ["id", "type"], references, problems);
            if (id is null)
            {
                continue;
            }

            if (nodes.TryGetValue(id, out var first))
            {
                problems.Add(Problem(node["id"]!, $"duplicate id \"{id}\": expected each node's id to be unique (first used at {first.Path})"));
                continue;
            }

            nodes[id] = new TopologyNode(id, type ?? string.Empty, attributes, PathOf(node));
        }

        return nodes;
    }

    private ImmutableArray<TopologyLink> ReadLinks(
        JObject document, Dictionary<string, TopologyNode> nodes, List<(JToken, string?)> references, List<TopologyProblem> problems)
    {
        var links = ImmutableArray.CreateBuilder<TopologyLink>();
        if (document["links"] is null)
        {
            return links.ToImmutable();
        }

        if (document["links"] is not JArray array)
        {
            problems.Add(Problem(document["links"]!, "expected \"links\": an array of links"));
            return links.ToImmutable();
        }

        foreach (var item in array)
        {
            if (item is not JObject link)
            {
                problems.Add(Problem(item, "expected a link: an object with \"type\", \"from\" and \"to\""));
                continue;
            }

            var type = RequiredString(link, "type", "the link's type", problems);
            var from = RequiredString(link, "from", "the id of the node the link starts at", problems);
            var to = RequiredString(link, "to", "the id of the node the link ends at", problems);
            ElementType? declared = null;
            if (type is not null && !_types.LinkTypes.TryGetValue(type, out declared))
            {
                problems.Add(Problem(link["type"]!, $"unknown link type \"{type}\": expected one of {string.Join(", ", _types.LinkTypes.Keys.Order(StringComparer.Ordinal))}"));
            }

            var end1 = CheckEnd(link, "from", from, declared?.From, nodes, problems);
            var end2 = CheckEnd(link, "to", to, declared?.To, nodes, problems);

            var attributes = declared is null ? ImmutableDictionary<string, TopologyValue>.Empty : ReadAttributes(link, declared, ["type", "from", "to"], references, problems);
            if (declared is not null && end1 && end2)
            {
                links.Add(new TopologyLink(type!, from!, to!, attributes, PathOf(link)));
            }
        }

        return links.ToImmutable();
    }

    private bool CheckEnd(JObject link, string end, string? id, ImmutableArray<string>? allowed, Dictionary<string, TopologyNode> nodes, List<TopologyProblem> problems)
    {
        if (id is null)
        {
            return false;
        }

        if (!nodes.TryGetValue(id, out var node))
        {
            problems.Add(Problem(link[end]!, $"no node has the id \"{id}\": expected the id of a node declared in \"nodes\""));
            return false;
        }

        // A node whose own type is unknown was reported already; its links are not judged by it.
        if (allowed is { IsDefaultOrEmpty: false } types && !types.Contains(node.Type) && _types.NodeTypes.ContainsKey(node.Type))
        {
            problems.Add(Problem(link[end]!, $"\"{id}\" is a node of type {node.Type}: a {link["type"]} link {(end == "from" ? "starts at" : "ends at")} a node of type {string.Join(" or ", types)}"));
            return false;
        }

        return true;
    }

    private static ImmutableDictionary<string, TopologyValue> ReadAttributes(
        JObject element, ElementType type, string[] reserved, List<(JToken, string?)> references, List<TopologyProblem> problems)
    {
        var values = ImmutableDictionary.CreateBuilder<string, TopologyValue>(StringComparer.Ordinal);
        foreach (var property in element.Properties())
        {
            if (reserved.Contains(property.Name))
            {
                continue;
            }

            if (property.Name == FreeAttributes)
            {
                if (property.Value.Type != JTokenType.Object)
                {
                    problems.Add(Problem(property.Value, "expected \"attributes\": an object of free attributes"));
                }

                continue;
            }

            if (!type.Attributes.TryGetValue(property.Name, out var declared))
            {
                var known = type.Attributes.Keys.Order(StringComparer.Ordinal).ToList();
                problems.Add(Problem(property.Value, $"unknown attribute \"{property.Name}\" of a {type.Name}: expected {(known.Count == 0 ? "none" : "one of " + string.Join(", ", known))}, or put it under \"attributes\""));
                continue;
            }

            if (Value(property.Value, declared) is { } value)
            {
                values[property.Name] = value;
                if (declared.Kind == AttributeKind.NodeReference)
                {
                    references.Add((property.Value, declared.NodeType));
                }
            }
            else
            {
                problems.Add(Problem(property.Value, $"found {Describe(property.Value)}: expected {declared}"));
            }
        }

        return values.ToImmutable();
    }

    private static TopologyValue? Value(JToken token, AttributeType declared) => declared.Kind switch
    {
        AttributeKind.Text or AttributeKind.NodeReference when token.Type == JTokenType.String =>
            new TopologyValue(declared.Kind, (string)token!, null, null, []),
        AttributeKind.WholeNumber when token.Type == JTokenType.Integer =>
            new TopologyValue(declared.Kind, null, (long)token, null, []),
        AttributeKind.Number when token.Type is JTokenType.Integer or JTokenType.Float =>
            new TopologyValue(declared.Kind, null, (double)token, null, []),
        AttributeKind.Boolean when token.Type == JTokenType.Boolean =>
            new TopologyValue(declared.Kind, null, null, (bool)token, []),
        AttributeKind.Version when token.Type == JTokenType.String && KbVersion.Parse((string)token!) is not null =>
            new TopologyValue(declared.Kind, (string)token!, null, null, []),
        AttributeKind.TextList when token is JArray array && array.All(item => item.Type == JTokenType.String) =>
            new TopologyValue(declared.Kind, null, null, null, [.. array.Select(item => (string)item!)]),
        _ => null,
    };

    private static string? RequiredString(JObject element, string name, string what, List<TopologyProblem> problems)
    {
        var token = element[name];
        if (token is { Type: JTokenType.String } && ((string)token!).Length > 0)
        {
            return (string)token!;
        }

        problems.Add(token is null
            ? new TopologyProblem($"{PathOf(element)}.{name}", Line(element), $"missing \"{name}\": expected {what}")
            : Problem(token, $"found {Describe(token)}: expected {what}, a non-empty string"));
        return null;
    }

    private static string Describe(JToken token) => token.Type switch
    {
        JTokenType.String => $"\"{token}\"",
        JTokenType.Null => "null",
        JTokenType.Object => "an object",
        JTokenType.Array => "an array",
        _ => token.ToString(Formatting.None),
    };

    private static TopologyProblem Problem(JToken token, string message) => new(PathOf(token), Line(token), message);

    private static string PathOf(JToken token) => string.IsNullOrEmpty(token.Path) ? "$" : "$." + token.Path;

    private static int Line(JToken token) => token is IJsonLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". Path", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
