using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using KbEngine.Core.Knowledge;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KbEngine.Core.Extraction;

/// <summary>
/// The vocabulary that binds condition phrases to topology facts, read from
/// <c>content/vocabulary/conditions.json</c>: a condition whose text matches an entry is bound.
/// </summary>
public sealed class ConditionVocabulary
{
    private ConditionVocabulary(ImmutableArray<VocabularyEntry> entries) => Entries = entries;

    /// <summary>The entries, tried in file order; the first that matches binds.</summary>
    public ImmutableArray<VocabularyEntry> Entries { get; }

    /// <summary>The binding for a condition's text, or null when no entry matches.</summary>
    public ConditionBinding? Bind(string text)
    {
        foreach (var entry in Entries)
        {
            if (entry.AllOf.All(pattern => pattern.IsMatch(text)))
            {
                return new ConditionBinding(entry.Key, entry.Predicate, entry.Pattern);
            }
        }

        return null;
    }

    /// <summary>Reads a vocabulary from its JSON text.</summary>
    /// <exception cref="FormatException">The JSON is not a vocabulary; the message names the JSON path.</exception>
    public static ConditionVocabulary Parse(string json)
    {
        var root = JObject.Parse(json);
        var entries = ImmutableArray.CreateBuilder<VocabularyEntry>();
        foreach (var item in root["entries"] as JArray ?? throw new FormatException("$.entries: expected an array"))
        {
            var allOf = item["allOf"] as JArray ?? throw new FormatException($"{item.Path}.allOf: expected an array of patterns");
            entries.Add(new VocabularyEntry(
                Text(item, "key"),
                Text(item, "predicate"),
                [.. allOf.Select(pattern => new Regex((string)pattern!, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled))],
                (item["pattern"] ?? throw new FormatException($"{item.Path}.pattern: expected the topology pattern")).ToString(Formatting.None)));
        }

        return new ConditionVocabulary(entries.ToImmutable());
    }

    private static string Text(JToken item, string name) =>
        (item[name] as JValue)?.ToString(CultureInfo.InvariantCulture) ?? throw new FormatException($"{item.Path}.{name}: expected a string");
}
