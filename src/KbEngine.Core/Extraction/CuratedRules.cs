using System.Collections.Immutable;
using System.Reflection;
using KbEngine.Core.Evaluation;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KbEngine.Core.Extraction;

/// <summary>The curated rules of <c>content/rules/</c>, one file per article.</summary>
public sealed class CuratedRules
{
    private const string Prefix = "KbEngine.Content.rules.";
    private readonly ImmutableDictionary<string, CuratedRule> _byArticle;

    /// <summary>Holds the given rules.</summary>
    public CuratedRules(IEnumerable<CuratedRule> rules) =>
        _byArticle = rules.ToImmutableDictionary(rule => rule.ArticleId, StringComparer.Ordinal);

    /// <summary>The rules embedded in the library.</summary>
    public static CuratedRules Embedded { get; } = new(ReadEmbedded());

    /// <summary>Every rule, by article id.</summary>
    public IEnumerable<CuratedRule> All => _byArticle.Values.OrderBy(rule => rule.ArticleId, StringComparer.Ordinal);

    /// <summary>The rule for an article, or null.</summary>
    public CuratedRule? For(string articleId) => _byArticle.GetValueOrDefault(articleId);

    /// <summary>Reads the rules of a folder (<c>content/rules</c>); none when it does not exist.</summary>
    public static CuratedRules Load(string folder) =>
        new(Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(file => Parse(File.ReadAllText(file)))
            : []);

    /// <summary>Reads one rule from its JSON text.</summary>
    /// <exception cref="FormatException">The JSON is not a rule; the message names the JSON path and what was expected.</exception>
    public static CuratedRule Parse(string json)
    {
        var root = JObject.Parse(json);
        var article = Text(root, "article", "the article id");
        var names = (root["names"] as JObject)?.Properties().ToImmutableDictionary(p => p.Name, p => (string)p.Value!, StringComparer.Ordinal)
            ?? ImmutableDictionary<string, string>.Empty;
        var conditions = ImmutableArray.CreateBuilder<CuratedCondition>();
        foreach (var item in root["conditions"] as JArray ?? [])
        {
            var pattern = item["pattern"];
            if (pattern is not null)
            {
                PatternReader.Read(pattern); // fails here, naming the path, rather than at evaluation
            }

            conditions.Add(new CuratedCondition(
                Text(item, "key", "a name for the condition"),
                Text(item, "quote", "the article's words the condition stands for"),
                Text(item, "question", "the question to ask"),
                pattern?.ToString(Formatting.None)));
        }

        var duplicate = conditions.GroupBy(c => c.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? new CuratedRule(article, names, conditions.ToImmutable())
            : throw new FormatException($"$.conditions: the key '{duplicate.Key}' is used twice");
    }

    private static string Text(JToken item, string name, string expected) =>
        item[name] is JValue { Type: JTokenType.String } value ? (string)value! : throw new FormatException($"$.{(item.Path.Length > 0 ? item.Path + "." : string.Empty)}{name}: expected {expected}");

    private static IEnumerable<CuratedRule> ReadEmbedded()
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            CuratedRule rule;
            try
            {
                rule = Parse(reader.ReadToEnd());
            }
            catch (Exception e) when (e is FormatException or JsonException)
            {
                throw new InvalidOperationException($"content/rules/{name[Prefix.Length..]}: {e.Message}", e);
            }

            yield return rule;
        }
    }
}
