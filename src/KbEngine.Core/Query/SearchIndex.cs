namespace KbEngine.Core.Query;

/// <summary>
/// Ranks documents for a list of query terms with BM25F: each field's count weighted and
/// length-normalised by <see cref="SearchVocabulary"/>, then saturated once per term.
/// </summary>
/// <param name="documentCount">The number of documents.</param>
/// <param name="lengths">Each document's field lengths, documents × fields.</param>
/// <param name="postings">Looks up a term's encoded postings (see <see cref="SearchIndexWriter"/>), or null when no document holds it.</param>
/// <param name="vocabulary">The field weights and k1.</param>
public sealed class SearchIndex(int documentCount, ushort[] lengths, Func<string, byte[]?> postings, SearchVocabulary vocabulary)
{
    private static readonly int FieldCount = Enum.GetValues<SearchField>().Length;
    private readonly double[] _averages = Averages(documentCount, lengths);

    /// <summary>The number of documents.</summary>
    public int DocumentCount => documentCount;

    /// <summary>The postings of a term, decoded; empty when no document holds it.</summary>
    public TermPostings Postings(string term)
    {
        var bytes = postings(term);
        return bytes is null ? TermPostings.Empty : TermPostings.Decode(bytes, FieldCount);
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
        var weights = vocabulary.Weights;
        var b = vocabulary.LengthNormalization;
        for (var t = 0; t < terms.Count; t++)
        {
            var term = terms[t];
            if (term.Count == 0)
            {
                continue;
            }

            var idf = Idf(term.Count) * boosts[t];
            for (var i = 0; i < term.Count; i++)
            {
                var doc = term.Documents[i];
                var tf = 0.0;
                for (var f = 0; f < FieldCount; f++)
                {
                    var count = term.Counts[(i * FieldCount) + f];
                    if (count > 0)
                    {
                        var length = lengths[(doc * FieldCount) + f];
                        tf += weights[f] * count / (1 - b[f] + (b[f] * length / _averages[f]));
                    }
                }

                scores[doc] += (float)(idf * tf * (k1 + 1) / (k1 + tf));
            }
        }
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
