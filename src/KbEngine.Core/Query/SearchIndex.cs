namespace KbEngine.Core.Query;

/// <summary>
/// Ranks documents for a list of query terms with BM25F: each field's count weighted and
/// length-normalised by <see cref="SearchVocabulary"/>, then saturated once per term.
/// </summary>
/// <param name="documentCount">The number of documents.</param>
/// <param name="lengths">Each document's field lengths, documents × fields.</param>
/// <param name="postings">Looks up a term's document frequency and encoded postings (see <see cref="SearchIndexWriter"/>), or null when no document holds it.</param>
/// <param name="vocabulary">The field weights and k1.</param>
public sealed class SearchIndex(int documentCount, ushort[] lengths, Func<string, (int DocumentFrequency, byte[] Bytes)?> postings, SearchVocabulary vocabulary)
{
    private static readonly int FieldCount = Enum.GetValues<SearchField>().Length;
    // A process that answers many queries keeps the common terms decoded: they are most of a
    // query's reading and decoding (a quarter of a million postings for "microsoft"). Bounded by
    // postings (9 bytes each): 4 million is 36 MB.
    private const int CachedFrom = 2_000;
    private const int CacheLimit = 4_000_000;
    private readonly Dictionary<string, TermPostings> _cache = new(StringComparer.Ordinal);
    private int _cached;

    // Each document's field weight over its length normalisation, computed once: the scoring loop
    // then multiplies instead of dividing for every posting.
    private readonly float[] _norms = Norms(documentCount, lengths, vocabulary);

    /// <summary>The number of documents.</summary>
    public int DocumentCount => documentCount;

    /// <summary>The postings of a term, decoded; empty when no document holds it.</summary>
    public TermPostings Postings(string term)
    {
        if (_cache.TryGetValue(term, out var cached))
        {
            return cached;
        }

        var decoded = postings(term) is { } found ? TermPostings.Decode(found.Bytes, FieldCount, found.DocumentFrequency, _norms) : TermPostings.Empty;
        if (decoded.Count >= CachedFrom)
        {
            if (_cached + decoded.Count > CacheLimit)
            {
                _cache.Clear();
                _cached = 0;
            }

            _cache[term] = decoded;
            _cached += decoded.Count;
        }

        return decoded;
    }

    /// <summary>The inverse document frequency of a term held by <paramref name="documentFrequency"/> documents.</summary>
    public double Idf(int documentFrequency) =>
        Math.Log(1 + ((documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5)));

    /// <summary>Adds each term's BM25F score to <paramref name="scores"/> (one per document), each term weighted by its <paramref name="boosts"/>.</summary>
    public void Score(IReadOnlyList<TermPostings> terms, IReadOnlyList<double> boosts, float[] scores)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(boosts);
        ArgumentNullException.ThrowIfNull(scores);
        var k1 = vocabulary.K1;
        for (var t = 0; t < terms.Count; t++)
        {
            var term = terms[t];
            if (term.Count == 0)
            {
                continue;
            }

            var idf = (float)(Idf(term.Count) * boosts[t]);
            var documents = term.Documents;
            var frequencies = term.Frequencies;
            var saturation = (float)k1;
            var scale = idf * (float)(k1 + 1);
            for (var i = 0; i < documents.Length; i++)
            {
                var tf = frequencies[i];
                scores[documents[i]] += scale * tf / (saturation + tf);
            }
        }
    }

    /// <summary>The <paramref name="count"/> documents with the highest positive scores, best first.</summary>
    public static List<int> Top(float[] scores, int count)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var heap = new PriorityQueue<int, float>();
        for (var doc = 0; doc < scores.Length; doc++)
        {
            if (scores[doc] <= 0)
            {
                continue;
            }

            if (heap.Count < count)
            {
                heap.Enqueue(doc, scores[doc]);
            }
            else if (scores[doc] > scores[heap.Peek()])
            {
                heap.DequeueEnqueue(doc, scores[doc]);
            }
        }

        var docs = new List<int>(heap.Count);
        while (heap.Count > 0)
        {
            docs.Add(heap.Dequeue());
        }

        docs.Reverse();
        return docs;
    }

    private static float[] Norms(int documentCount, ushort[] lengths, SearchVocabulary vocabulary)
    {
        var averages = Averages(documentCount, lengths);
        var norms = new float[lengths.Length];
        for (var i = 0; i < lengths.Length; i++)
        {
            var f = i % FieldCount;
            var b = vocabulary.LengthNormalization[f];
            norms[i] = (float)(vocabulary.Weights[f] / (1 - b + (b * lengths[i] / averages[f])));
        }

        return norms;
    }

    private static double[] Averages(int documentCount, ushort[] lengths)
    {
        var averages = new double[FieldCount];
        for (var i = 0; i < lengths.Length; i++)
        {
            averages[i % FieldCount] += lengths[i];
        }

        for (var f = 0; f < FieldCount; f++)
        {
            averages[f] = Math.Max(1, averages[f] / Math.Max(1, documentCount));
        }

        return averages;
    }
}
