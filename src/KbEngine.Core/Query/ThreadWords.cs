namespace KbEngine.Core.Query;

/// <summary>
/// What one thread has learnt about the words of a vocabulary: an article repeats most of its
/// words and the archive's vocabulary is small, so lower-casing and stemming run once per word.
/// </summary>
internal sealed class ThreadWords(SearchVocabulary vocabulary)
{
    private readonly Dictionary<string, AnalyzedTerm> _terms = new(StringComparer.Ordinal);
    private int _documents;

    public SearchVocabulary Vocabulary => vocabulary;

    /// <summary>The words seen that are longer than 8 characters or not ASCII, lower-cased.</summary>
    public Dictionary<string, AnalyzedWord> ByText { get; } = new(StringComparer.Ordinal);

    /// <summary>The other words seen, each by its characters packed into a number (<c>TextAnalyzer.ShortKey</c>).</summary>
    public Dictionary<ulong, AnalyzedWord> ByShortKey { get; } = [];

    /// <summary>How many words and terms it holds: the analyzer starts afresh past a limit.</summary>
    public int Count => ByText.Count + ByShortKey.Count + _terms.Count;

    /// <summary>
    /// Whether every document number is used: a term not counted yet has number 0, and numbers
    /// must never repeat, so the analyzer starts afresh rather than wrap.
    /// </summary>
    public bool Spent => _documents == int.MaxValue;

    /// <summary>The words of the text being analyzed.</summary>
    public List<AnalyzedWord> Words { get; } = [];

    /// <summary>This thread's object for a term.</summary>
    public AnalyzedTerm TermOf(string text)
    {
        ref var term = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_terms, text, out _);
        return term ??= new AnalyzedTerm(text);
    }

    /// <summary>A number no document counted on this thread has had yet.</summary>
    public int NextDocument() => ++_documents;
}
