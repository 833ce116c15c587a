using System.Globalization;
using System.Text;
using KbEngine.Core.Compilation;
using Newtonsoft.Json;

namespace KbEngine.Site.Search;

/// <summary>
/// The browser's search index, split so that a query downloads little: term shards by prefix
/// (split further while a shard is too big), and document shards of titles by position.
/// </summary>
/// <remarks>
/// Layout under <c>search/</c>: <c>manifest.json</c> (the shard keys with their sizes, the number
/// of documents, the document shard size); <c>t/KEY.json</c> maps each term starting with KEY to
/// its postings as a flat array of document deltas and weights; <c>d/N.json</c> holds
/// <c>[id, title]</c> of documents N×size to (N+1)×size−1.
/// </remarks>
internal sealed class SearchIndexBuilder
{
    /// <summary>Documents per document shard: a result page of ten hits fetches at most ten small files.</summary>
    public const int DocumentsPerShard = 100;

    /// <summary>The size above which a term shard is split by one more character.</summary>
    public const int MaxShardBytes = 48 * 1024;

    private readonly Dictionary<string, List<(int Document, int Weight)>> _postings = new(StringComparer.Ordinal);
    private Dictionary<int, int> _positions = [];

    /// <summary>Sets the articles in site order; call before <see cref="CreatePart"/>.</summary>
    public void Start(IReadOnlyList<ArticleSummary> summaries)
    {
        _positions = summaries.Select((s, i) => (s.Document, i)).ToDictionary(p => p.Document, p => p.i);
    }

    public SearchIndexPart CreatePart() => new(_positions);

    public void Merge(SearchIndexPart part)
    {
        lock (_postings)
        {
            foreach (var (term, list) in part.Postings)
            {
                if (_postings.TryGetValue(term, out var all))
                {
                    all.AddRange(list);
                }
                else
                {
                    _postings[term] = list;
                }
            }
        }
    }

    /// <summary>Writes the shards and the manifest.</summary>
    public void Write(PageWriter writer, IReadOnlyList<ArticleSummary> summaries)
    {
        var encoded = _postings.ToDictionary(p => p.Key, p => Encode(p.Value), StringComparer.Ordinal);
        var shards = new SortedDictionary<string, int>(StringComparer.Ordinal);
        WriteShards(writer, encoded.Keys.Order(StringComparer.Ordinal).ToList(), 2, encoded, shards);

        var documentShards = 0;
        for (var start = 0; start < summaries.Count; start += DocumentsPerShard, documentShards++)
        {
            var documents = summaries.Skip(start).Take(DocumentsPerShard).Select(s => new[] { s.Id, s.Title });
            writer.WriteFile($"search/d/{documentShards.ToString(CultureInfo.InvariantCulture)}.json", JsonConvert.SerializeObject(documents));
        }

        writer.WriteFile("search/manifest.json", JsonConvert.SerializeObject(new
        {
            version = 1,
            documents = summaries.Count,
            documentsPerShard = DocumentsPerShard,
            stopWords = Core.Query.SearchVocabulary.Embedded.StopWords.Order(StringComparer.Ordinal),
            shards,
        }));
    }

    private static void WriteShards(PageWriter writer, List<string> terms, int length, Dictionary<string, string> encoded, SortedDictionary<string, int> shards)
    {
        foreach (var group in terms.GroupBy(t => t.Length <= length ? t : t[..length], StringComparer.Ordinal))
        {
            var members = group.ToList();
            var json = Shard(members, encoded);
            // A shard too big is split by one more character; its short terms stay in a shard of their own key.
            if (json.Length > MaxShardBytes && members.Any(t => t.Length > length))
            {
                var shortTerms = members.Where(t => t.Length <= length).ToList();
                if (shortTerms.Count > 0)
                {
                    Emit(writer, group.Key + "~", Shard(shortTerms, encoded), shards);
                }

                WriteShards(writer, [.. members.Where(t => t.Length > length)], length + 1, encoded, shards);
                continue;
            }

            Emit(writer, group.Key, json, shards);
        }
    }

    private static void Emit(PageWriter writer, string key, string json, SortedDictionary<string, int> shards)
    {
        writer.WriteFile($"search/t/{key}.json", json);
        shards[key] = json.Length;
    }

    private static string Shard(List<string> terms, Dictionary<string, string> encoded)
    {
        var json = new StringBuilder("{");
        foreach (var term in terms)
        {
            if (json.Length > 1)
            {
                json.Append(',');
            }

            json.Append('"').Append(term).Append("\":").Append(encoded[term]);
        }

        return json.Append('}').ToString();
    }

    private static string Encode(List<(int Document, int Weight)> postings)
    {
        postings.Sort((a, b) => a.Document.CompareTo(b.Document));
        var json = new StringBuilder("[");
        var previous = 0;
        foreach (var (document, weight) in postings)
        {
            if (json.Length > 1)
            {
                json.Append(',');
            }

            json.Append((document - previous).ToString(CultureInfo.InvariantCulture)).Append(',').Append(weight.ToString(CultureInfo.InvariantCulture));
            previous = document;
        }

        return json.Append(']').ToString();
    }
}
