using System.Collections.Immutable;
using System.Reflection;
using Newtonsoft.Json.Linq;

namespace KbEngine.Core.Evaluation;

/// <summary>The curated rules of <c>content/rules/</c>, one file per article, embedded in the library.</summary>
public sealed class CuratedRules
{
    private const string Prefix = "KbEngine.Content.rules.";
    private readonly ImmutableDictionary<string, CuratedRule> _byArticle;

    private CuratedRules(IEnumerable<CuratedRule> rules) =>
        _byArticle = rules.ToImmutableDictionary(rule => rule.ArticleId, StringComparer.Ordinal);

    /// <summary>The rules embedded in the library.</summary>
    public static CuratedRules Embedded { get; } = new(ReadEmbedded());

    /// <summary>The rule for an article, or null.</summary>
    public CuratedRule? For(string articleId) => _byArticle.GetValueOrDefault(articleId);

    /// <summary>Reads one rule from its JSON text.</summary>
    /// <exception cref="FormatException">The JSON is not a rule; the message names the JSON path.</exception>
    public static CuratedRule Parse(string json)
    {
        var root = JObject.Parse(json);
        var article = (string?)root["article"] ?? throw new FormatException("$.article: expected the article id");
        var names = (root["names"] as JObject)?.Properties().ToImmutableDictionary(p => p.Name, p => (string)p.Value!, StringComparer.Ordinal)
            ?? ImmutableDictionary<string, string>.Empty;
        return new CuratedRule(article, names);
    }

    private static IEnumerable<CuratedRule> ReadEmbedded()
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            yield return Parse(reader.ReadToEnd());
        }
    }
}
