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
    private readonly Dictionary<int, (string Term, int Weight)[]> _documents = [];
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
            foreach (var (position, terms) in part.Documents)
            {
                _documents[position] = terms;
            }

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

    /// <summary>The terms of the article at <paramref name="position"/> with their weights.</summary>
    public (string Term, int Weight)[] TermsOf(int position) => _documents.GetValueOrDefault(position) ?? [];

    /// <summary>Writes the shards and the manifest.</summary>
    /// <returns>The shard of every term.</returns>
    public IReadOnlyDictionary<string, string> Write(PageWriter writer, IReadOnlyList<ArticleSummary> summaries)
    {
        var encoded = _postings.ToDictionary(p => p.Key, p => Encode(p.Value), StringComparer.Ordinal);
        var shards = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var shardOf = new Dictionary<string, string>(StringComparer.Ordinal);
        WriteShards(writer, encoded.Keys.Order(StringComparer.Ordinal).ToList(), 2, encoded, shards, shardOf);

        var documentShards = 0;
        for (var start = 0; start < summaries.Count; start += DocumentsPerShard, documentShards++)
        {
            var documents = summaries.Skip(start).Take(DocumentsPerShard).Select(s => new[] { s.Id, s.Title });
            writer.WriteFile(DocumentShardFile(documentShards), JsonConvert.SerializeObject(documents));
        }

        WriteManifest(writer, summaries.Count, shards);
        return shardOf;
    }

    /// <summary>Writes <c>manifest.json</c>: the shard keys with their sizes, and what the script needs to score.</summary>
    public static void WriteManifest(PageWriter writer, int documents, IReadOnlyDictionary<string, int> shards) =>
        writer.WriteFile(ManifestFile, JsonConvert.SerializeObject(new
        {
            version = 1,
            documents,
            documentsPerShard = DocumentsPerShard,
            stopWords = Core.Query.SearchVocabulary.Embedded.StopWords.Order(StringComparer.Ordinal),
            shards,
        }));

    /// <summary>The manifest's path in the site.</summary>
    public const string ManifestFile = "search/manifest.json";

    /// <summary>The path of a term shard in the site.</summary>
    public static string TermShardFile(string key) => $"search/t/{key}.json";

    /// <summary>The path of a document shard in the site.</summary>
    public static string DocumentShardFile(int shard) => $"search/d/{shard.ToString(CultureInfo.InvariantCulture)}.json";

    /// <summary>A shard: <c>{"term":[delta,weight,…],…}</c>, terms in the order given, each with its postings encoded by <see cref="Encode"/>.</summary>
    public static string Shard(IEnumerable<(string Term, string Postings)> terms)
    {
        var json = new StringBuilder("{");
        foreach (var (term, postings) in terms)
        {
            if (json.Length > 1)
            {
                json.Append(',');
            }

            json.Append('"').Append(term).Append("\":").Append(postings);
        }

        return json.Append('}').ToString();
    }

    private static void WriteShards(PageWriter writer, List<string> terms, int length, Dictionary<string, string> encoded, SortedDictionary<string, int> shards, Dictionary<string, string> shardOf)
    {
        foreach (var group in terms.GroupBy(t => t.Length <= length ? t : t[..length], StringComparer.Ordinal))
        {
            var members = group.ToList();
            var json = Shard(members.Select(t => (t, encoded[t])));
            // A shard too big is split by one more character; its short terms stay in a shard of their own key.
            if (json.Length > MaxShardBytes && members.Any(t => t.Length > length))
            {
                var shortTerms = members.Where(t => t.Length <= length).ToList();
                if (shortTerms.Count > 0)
                {
                    Emit(writer, group.Key + "~", Shard(shortTerms.Select(t => (t, encoded[t]))), shards);
                    shortTerms.ForEach(t => shardOf[t] = group.Key + "~");
                }

                WriteShards(writer, [.. members.Where(t => t.Length > length)], length + 1, encoded, shards, shardOf);
                continue;
            }

            Emit(writer, group.Key, json, shards);
            members.ForEach(t => shardOf[t] = group.Key);
        }
    }

    private static void Emit(PageWriter writer, string key, string json, SortedDictionary<string, int> shards)
    {
        writer.WriteFile(TermShardFile(key), json);
        shards[key] = json.Length;
    }

    /// <summary>Postings as a flat JSON array of document deltas and weights, in document order (the list is sorted in place).</summary>
    internal static string Encode(List<(int Document, int Weight)> postings)
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
