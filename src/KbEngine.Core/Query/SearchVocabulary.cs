using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Reflection;
using Newtonsoft.Json.Linq;

namespace KbEngine.Core.Query;

/// <summary>What search knows about the KB's words (<c>content/vocabulary/search.json</c>): field weights, abbreviations, stop words.</summary>
public sealed class SearchVocabulary
{
    private SearchVocabulary(double k1, ImmutableArray<double> weights, ImmutableArray<double> lengthNormalization,
        FrozenDictionary<string, ImmutableArray<(string[] Words, string Abbreviation)>> phrases, FrozenSet<string> stopWords,
        ImmutableArray<ImmutableArray<string>> synonyms, double synonymWeight)
    {
        Synonyms = synonyms;
        SynonymWeight = synonymWeight;
        K1 = k1;
        Weights = weights;
        LengthNormalization = lengthNormalization;
        PhrasesByFirstWord = phrases;
        StopWords = stopWords;
    }

    /// <summary>The vocabulary embedded in the library.</summary>
    public static SearchVocabulary Embedded { get; } = Parse(ReadEmbedded());

    /// <summary>BM25's term-frequency saturation.</summary>
    public double K1 { get; }

    /// <summary>The weight of each <see cref="SearchField"/>, by its number.</summary>
    public ImmutableArray<double> Weights { get; }

    /// <summary>BM25's b for each <see cref="SearchField"/>, by its number.</summary>
    public ImmutableArray<double> LengthNormalization { get; }

    /// <summary>Phrases that stand for an abbreviation, by their first word.</summary>
    internal FrozenDictionary<string, ImmutableArray<(string[] Words, string Abbreviation)>> PhrasesByFirstWord { get; }

    /// <summary>Groups of words and phrases that describe the same symptom differently (<c>freezes</c>, <c>stops responding</c>).</summary>
    public ImmutableArray<ImmutableArray<string>> Synonyms { get; }

    /// <summary>The weight of a term a query gains through a synonym, against 1 for its own words.</summary>
    public double SynonymWeight { get; }

    /// <summary>Words too common to rank by.</summary>
    public FrozenSet<string> StopWords { get; }

    /// <summary>Reads a vocabulary from its JSON text.</summary>
    /// <exception cref="FormatException">The JSON is not a search vocabulary; the message names the JSON path.</exception>
    public static SearchVocabulary Parse(string json)
    {
        var root = JObject.Parse(json);
        var fields = root["fields"] as JObject ?? throw new FormatException("$.fields: expected an object of field weights");
        var weights = new double[Enum.GetValues<SearchField>().Length];
        var b = new double[weights.Length];
        foreach (var field in Enum.GetValues<SearchField>())
        {
            var name = char.ToLowerInvariant(field.ToString()[0]) + field.ToString()[1..];
            var entry = fields[name] ?? throw new FormatException($"$.fields.{name}: expected {{\"weight\": …, \"b\": …}}");
            weights[(int)field] = (double?)entry["weight"] ?? throw new FormatException($"$.fields.{name}.weight: expected a number");
            b[(int)field] = (double?)entry["b"] ?? throw new FormatException($"$.fields.{name}.b: expected a number");
        }

        var phrases = new Dictionary<string, List<(string[], string)>>(StringComparer.Ordinal);
        foreach (var abbreviation in (root["abbreviations"] as JObject)?.Properties() ?? [])
        {
            foreach (var phrase in abbreviation.Value as JArray ?? throw new FormatException($"$.abbreviations.{abbreviation.Name}: expected an array of phrases"))
            {
                var words = TextAnalyzer.Words((string?)phrase ?? string.Empty).ToArray();
                if (words.Length > 0)
                {
                    (phrases.TryGetValue(words[0], out var list) ? list : phrases[words[0]] = []).Add((words, abbreviation.Name));
                }
            }
        }

        return new SearchVocabulary(
            (double?)root["k1"] ?? 1.2,
            [.. weights],
            [.. b],
            phrases.ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(x => x.Item1.Length).ToImmutableArray(), StringComparer.Ordinal),
            ((root["stopWords"] as JArray) ?? []).Select(word => (string)word!).ToFrozenSet(StringComparer.Ordinal),
            [.. ((root["synonyms"] as JArray) ?? []).Select(group => (group as JArray ?? throw new FormatException($"{group.Path}: expected an array of words and phrases")).Select(member => (string)member!).ToImmutableArray())],
            (double?)root["synonymWeight"] ?? 0.5);
    }

    private static string ReadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("KbEngine.Content.vocabulary.search.json")
            ?? throw new InvalidOperationException("embedded resource KbEngine.Content.vocabulary.search.json is missing from KbEngine.Core");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
