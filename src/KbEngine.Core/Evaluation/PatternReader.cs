using System.Collections.Immutable;
using System.Globalization;
using Newtonsoft.Json.Linq;

namespace KbEngine.Core.Evaluation;

/// <summary>Reads the pattern language of the vocabulary and curated rules from JSON.</summary>
/// <remarks>
/// <c>{"all": […]}</c>, <c>{"node": "?v", "type": "…", "where": {"version": {"below": "5.5"}}}</c>,
/// <c>{"link": "…", "from": "?a", "to": "?b", "either": true}</c>, <c>{"count": {"type": "…"}, "atLeast": 2}</c>,
/// <c>{"not": {…}}</c>, <c>{"distinct": ["?a", "?b"]}</c>.
/// </remarks>
public static class PatternReader
{
    /// <summary>Reads a pattern from its JSON text.</summary>
    /// <exception cref="FormatException">The JSON is not a pattern; the message names the JSON path and what was expected.</exception>
    public static Pattern Parse(string json) => Read(JToken.Parse(json));

    /// <summary>Reads a pattern from a JSON token.</summary>
    /// <exception cref="FormatException">The token is not a pattern; the message names the JSON path and what was expected.</exception>
    public static Pattern Read(JToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token is not JObject pattern)
        {
            throw Error(token, "expected a pattern object (all, node, link, count, not or distinct)");
        }

        if (pattern["all"] is JArray all)
        {
            return new AllPattern([.. all.Select(Read)]);
        }

        if (pattern["node"] is { } node)
        {
            var where = ImmutableArray.CreateBuilder<AttributeTest>();
            foreach (var attribute in (pattern["where"] as JObject)?.Properties() ?? [])
            {
                foreach (var test in (attribute.Value as JObject ?? throw Error(attribute.Value, "expected {\"operator\": value}")).Properties())
                {
                    where.Add(new AttributeTest(attribute.Name, test.Name, test.Value.ToString()));
                }
            }

            return new NodePattern(Text(node), (string?)pattern["type"], where.ToImmutable());
        }

        if (pattern["link"] is { } link)
        {
            return new LinkPattern(Text(link), Text(pattern["from"] ?? throw Error(pattern, "expected \"from\"")), Text(pattern["to"] ?? throw Error(pattern, "expected \"to\"")), (bool?)pattern["either"] ?? false);
        }

        if (pattern["count"] is JObject count)
        {
            return new CountPattern(Text(count["type"] ?? throw Error(count, "expected \"type\"")), Number(pattern["atLeast"]), Number(pattern["atMost"]));
        }

        if (pattern["not"] is { } inner)
        {
            return new NotPattern(Read(inner));
        }

        if (pattern["distinct"] is JArray distinct)
        {
            return new DistinctPattern([.. distinct.Select(Text)]);
        }

        throw Error(token, "expected one of \"all\", \"node\", \"link\", \"count\", \"not\", \"distinct\"");
    }

    private static string Text(JToken token) =>
        token.Type == JTokenType.String ? (string)token! : throw Error(token, "expected a string");

    private static int? Number(JToken? token) =>
        token is null ? null : token.Type == JTokenType.Integer ? (int)token : throw Error(token, "expected a whole number");

    private static FormatException Error(JToken token, string message) =>
        new(string.Create(CultureInfo.InvariantCulture, $"$.{token.Path}: {message}"));
}
