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

    /// <summary>The words seen, lower-cased, longer than 8 characters or not ASCII.</summary>
    public Dictionary<string, AnalyzedWord> Seen { get; } = new(StringComparer.Ordinal);

    /// <summary>The other words seen, each by its characters packed into a number (<c>TextAnalyzer.ShortKey</c>).</summary>
    public Dictionary<ulong, AnalyzedWord> Short { get; } = [];

    /// <summary>How many words it knows.</summary>
    public int Count => Seen.Count + Short.Count;

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
