namespace KbEngine.Core.Tests.Query;

/// <summary>
/// Plain Okapi BM25 over each article's whole text as one field: the baseline the engine's
/// <c>kb query</c> ranking is measured against (issue 5, "Quality and speed").
/// </summary>
/// <remarks>
/// <para>
/// Deliberately plain: no fields, no stemming, no stop words, no phrase or proximity scoring, no
/// query expansion. Text is lower-cased (invariant) and split on every character that is not a
/// letter or a digit, so <c>Error 2140:</c> gives <c>error</c>, <c>2140</c> and
/// <c>Q199534</c> stays <c>q199534</c>.
/// </para>
/// <para>
/// score(d, q) = Σ over the distinct terms t of q: idf(t) · tf(t, d) · (k1 + 1) /
/// (tf(t, d) + k1 · (1 − b + b · |d| / avgdl)), with idf(t) = ln(1 + (N − df(t) + 0.5) / (df(t) + 0.5)),
/// |d| the number of tokens of d and avgdl their mean over the collection. A term repeated in the
/// query counts once. Ties are broken by id (ordinal), so results are deterministic.
/// </para>
/// <para>
/// The index is an inverted file in compressed-row form: for term t, its postings are
/// <c>[start[t], start[t + 1])</c> of two parallel int arrays (document number, term frequency).
/// </para>
/// </remarks>
public sealed class Bm25Baseline
{
    /// <summary>The default term-frequency saturation.</summary>
    public const double DefaultK1 = 1.2;

    /// <summary>The default length normalisation.</summary>
    public const double DefaultB = 0.75;

    private readonly string[] _ids;
    private readonly int[] _idOrder;
    private readonly int[] _lengths;
    private readonly Dictionary<string, int> _terms;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _termLookup;
    private readonly int[] _postingStart;
    private readonly int[] _postingDocs;
    private readonly int[] _postingFrequencies;
    private readonly double[] _lengthNorm;

    /// <summary>Indexes <paramref name="documents"/>: each an id and the text to score.</summary>
    /// <param name="documents">The collection; ids must be distinct.</param>
    /// <param name="k1">Term-frequency saturation (1.2 by default).</param>
    /// <param name="b">Length normalisation, 0 (none) to 1 (full); 0.75 by default.</param>
    /// <exception cref="ArgumentException">An id appears twice, or k1 or b is out of range.</exception>
    public Bm25Baseline(IEnumerable<(string Id, string Text)> documents, double k1 = DefaultK1, double b = DefaultB)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (k1 < 0 || double.IsNaN(k1))
        {
            throw new ArgumentException($"k1 is {k1}: expected a value of 0 or more", nameof(k1));
        }

        if (b is < 0 or > 1 || double.IsNaN(b))
        {
            throw new ArgumentException($"b is {b}: expected a value from 0 to 1", nameof(b));
        }

        K1 = k1;
        B = b;
        _terms = new Dictionary<string, int>(StringComparer.Ordinal);
        _termLookup = _terms.GetAlternateLookup<ReadOnlySpan<char>>();

        // Pass 1: per document, its distinct term numbers and their frequencies, appended to two
        // growing arrays; document d's pairs are [docStart[d], docStart[d + 1]).
        var ids = new List<string>();
        var lengths = new List<int>();
        var docStart = new List<int> { 0 };
        var docTerms = new GrowingIntArray(1 << 20);
        var docFrequencies = new GrowingIntArray(1 << 20);
        var documentFrequency = new GrowingIntArray(1 << 16);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var tokens = new GrowingIntArray(1 << 12);
        var buffer = new char[64];
        foreach (var (id, text) in documents)
        {
            ArgumentNullException.ThrowIfNull(id, nameof(documents));
            if (!seen.Add(id))
            {
                throw new ArgumentException($"the id '{id}' appears twice: expected distinct ids", nameof(documents));
            }

            tokens.Clear();
            var reader = new TokenReader(text ?? string.Empty, buffer);
            while (reader.Next(out var token))
            {
                if (!_termLookup.TryGetValue(token, out var term))
                {
                    term = _terms.Count;
                    _termLookup[token] = term;
                    documentFrequency.Add(0);
                }

                tokens.Add(term);
            }

            buffer = reader.Buffer;
            var termsOfDocument = tokens.AsSpan();
            termsOfDocument.Sort();
            for (var i = 0; i < termsOfDocument.Length;)
            {
                var term = termsOfDocument[i];
                var j = i + 1;
                while (j < termsOfDocument.Length && termsOfDocument[j] == term)
                {
                    j++;
                }

                docTerms.Add(term);
                docFrequencies.Add(j - i);
                documentFrequency[term]++;
                i = j;
            }

            ids.Add(id);
            lengths.Add(termsOfDocument.Length);
            docStart.Add(docTerms.Count);
        }

        // Pass 2: the same pairs regrouped by term (a counting sort), documents ascending.
        _ids = [.. ids];
        _lengths = [.. lengths];
        var termCount = _terms.Count;
        _postingStart = new int[termCount + 1];
        for (var t = 0; t < termCount; t++)
        {
            _postingStart[t + 1] = _postingStart[t] + documentFrequency[t];
        }

        _postingDocs = new int[docTerms.Count];
        _postingFrequencies = new int[docTerms.Count];
        var next = _postingStart[..termCount];
        for (var d = 0; d < _ids.Length; d++)
        {
            for (var p = docStart[d]; p < docStart[d + 1]; p++)
            {
                var slot = next[docTerms[p]]++;
                _postingDocs[slot] = d;
                _postingFrequencies[slot] = docFrequencies[p];
            }
        }

        AverageLength = _ids.Length == 0 ? 0 : _lengths.Average();
        _lengthNorm = new double[_ids.Length];
        for (var d = 0; d < _ids.Length; d++)
        {
            _lengthNorm[d] = K1 * (1 - B + (AverageLength == 0 ? 0 : B * _lengths[d] / AverageLength));
        }

        _idOrder = new int[_ids.Length];
        var byId = Enumerable.Range(0, _ids.Length).ToArray();
        Array.Sort(byId, (x, y) => string.CompareOrdinal(_ids[x], _ids[y]));
        for (var rank = 0; rank < byId.Length; rank++)
        {
            _idOrder[byId[rank]] = rank;
        }
    }

    /// <summary>The term-frequency saturation.</summary>
    public double K1 { get; }

    /// <summary>The length normalisation.</summary>
    public double B { get; }

    /// <summary>The number of documents (N).</summary>
    public int Count => _ids.Length;

    /// <summary>The number of distinct terms.</summary>
    public int TermCount => _terms.Count;

    /// <summary>The mean document length in tokens (avgdl).</summary>
    public double AverageLength { get; }

    /// <summary>The ids of the documents, in the order they were indexed.</summary>
    public IReadOnlyList<string> Ids => _ids;

    /// <summary>The tokens of <paramref name="text"/>: maximal runs of letters and digits, lower-cased.</summary>
    public static IReadOnlyList<string> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        var reader = new TokenReader(text, new char[64]);
        while (reader.Next(out var token))
        {
            tokens.Add(token.ToString());
        }

        return tokens;
    }

    /// <summary>The number of documents that contain <paramref name="term"/>, one token (compared lower-cased).</summary>
    public int DocumentFrequency(string term) =>
        TermNumber(term) is { } t ? _postingStart[t + 1] - _postingStart[t] : 0;

    /// <summary>idf(t) = ln(1 + (N − df + 0.5) / (df + 0.5)); for a term no document has, df = 0.</summary>
    public double Idf(string term) => Idf(DocumentFrequency(term));

    /// <summary>The ids of the <paramref name="top"/> best documents for <paramref name="query"/>, best first.</summary>
    public IReadOnlyList<string> Search(string query, int top) =>
        [.. SearchWithScores(query, top).Select(hit => hit.Id)];

    /// <summary>The <paramref name="top"/> best documents with their scores, best first; documents without any query term are not returned.</summary>
    public IReadOnlyList<(string Id, double Score)> SearchWithScores(string query, int top)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        var terms = Tokenize(query).Select(TermNumber).OfType<int>().Distinct().ToArray();
        if (terms.Length == 0 || top == 0)
        {
            return [];
        }

        var scores = new double[_ids.Length];
        var touched = new List<int>();
        foreach (var t in terms)
        {
            var idf = Idf(_postingStart[t + 1] - _postingStart[t]);
            for (var p = _postingStart[t]; p < _postingStart[t + 1]; p++)
            {
                var d = _postingDocs[p];
                double tf = _postingFrequencies[p];
                if (scores[d] == 0)
                {
                    touched.Add(d);
                }

                scores[d] += idf * tf * (K1 + 1) / (tf + _lengthNorm[d]);
            }
        }

        // A bounded heap whose root is the weakest kept document: lower score, then later id.
        var heap = new PriorityQueue<int, int>(top + 1, Comparer<int>.Create((x, y) =>
        {
            var byScore = scores[x].CompareTo(scores[y]);
            return byScore != 0 ? byScore : _idOrder[y].CompareTo(_idOrder[x]);
        }));
        foreach (var d in touched)
        {
            if (heap.Count < top)
            {
                heap.Enqueue(d, d);
            }
            else
            {
                heap.EnqueueDequeue(d, d);
            }
        }

        var best = new (string Id, double Score)[heap.Count];
        for (var i = best.Length - 1; i >= 0; i--)
        {
            var d = heap.Dequeue();
            best[i] = (_ids[d], scores[d]);
        }

        return best;
    }

    private double Idf(int documentFrequency) =>
        Math.Log(1 + ((_ids.Length - documentFrequency + 0.5) / (documentFrequency + 0.5)));

    private int? TermNumber(string term)
    {
        var lower = term.ToLowerInvariant();
        return _terms.TryGetValue(lower, out var t) ? t : null;
    }

    /// <summary>Reads the tokens of a text one by one, lower-cased into a reused buffer.</summary>
    private ref struct TokenReader
    {
        private static readonly bool[] AsciiTokenChar = CreateAsciiTable();

        private readonly ReadOnlySpan<char> _text;
        private int _position;

        public TokenReader(ReadOnlySpan<char> text, char[] buffer)
        {
            _text = text;
            Buffer = buffer;
        }

        /// <summary>The buffer, grown when a token was longer than it.</summary>
        public char[] Buffer { get; private set; }

        /// <summary>The next token, valid until the next call; false at the end of the text.</summary>
        public bool Next(out ReadOnlySpan<char> token)
        {
            var text = _text;
            var i = _position;
            while (i < text.Length && !IsTokenChar(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && IsTokenChar(text[i]))
            {
                i++;
            }

            _position = i;
            var length = i - start;
            if (length == 0)
            {
                token = default;
                return false;
            }

            if (length > Buffer.Length)
            {
                Buffer = new char[Math.Max(length, Buffer.Length * 2)];
            }

            var lower = Buffer.AsSpan(0, length);
            for (var k = 0; k < length; k++)
            {
                var c = text[start + k];
                lower[k] = c < 128 ? (char)(c is >= 'A' and <= 'Z' ? c | 0x20 : c) : char.ToLowerInvariant(c);
            }

            token = lower;
            return true;
        }

        private static bool IsTokenChar(char c) => c < 128 ? AsciiTokenChar[c] : char.IsLetterOrDigit(c);

        private static bool[] CreateAsciiTable()
        {
            var table = new bool[128];
            for (var c = 0; c < 128; c++)
            {
                table[c] = char.IsAsciiLetterOrDigit((char)c);
            }

            return table;
        }
    }

    /// <summary>A list of ints without the bounds and version checks of <see cref="List{T}"/>.</summary>
    private sealed class GrowingIntArray(int capacity)
    {
        private int[] _items = new int[capacity];

        public int Count { get; private set; }

        public ref int this[int index] => ref _items[index];

        public void Add(int value)
        {
            if (Count == _items.Length)
            {
                Array.Resize(ref _items, _items.Length * 2);
            }

            _items[Count++] = value;
        }

        public void Clear() => Count = 0;

        public Span<int> AsSpan() => _items.AsSpan(0, Count);
    }
}
