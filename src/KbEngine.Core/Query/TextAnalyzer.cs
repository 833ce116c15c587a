namespace KbEngine.Core.Query;

/// <summary>
/// Turns text into search terms, the same way for articles and for queries: lower-case words,
/// stop words dropped, stems, the KB's abbreviations for their phrases ("non-delivery report" →
/// <c>ndr</c>), service packs joined with their number (<c>sp3</c>), and file names and versions
/// kept whole beside their parts (<c>msmi.dll</c>, <c>5.5</c>).
/// </summary>
public sealed class TextAnalyzer(SearchVocabulary vocabulary)
{
    /// <summary>The analyzer of the embedded vocabulary.</summary>
    public static TextAnalyzer Default { get; } = new(SearchVocabulary.Embedded);

    /// <summary>The vocabulary.</summary>
    public SearchVocabulary Vocabulary => vocabulary;

    /// <summary>The terms of a text, in order (an abbreviation comes after the phrase it stands for).</summary>
    public List<string> Terms(string text)
    {
        var terms = new List<string>();
        AddTerms(text, terms);
        return terms;
    }

    /// <summary>Adds the terms of <paramref name="text"/> to <paramref name="terms"/>.</summary>
    public void AddTerms(string text, List<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var words = _words ??= [];
        words.Clear();
        ReadWords(text, words);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (!word.Phrases.IsDefaultOrEmpty)
            {
                foreach (var (phrase, abbreviation) in word.Phrases)
                {
                    if (Follows(words, i, phrase))
                    {
                        terms.Add(abbreviation);
                        break;
                    }
                }
            }

            // "sp3", "sp 3" and "service pack 3" are one term.
            if ((word.Word == "sp" || (word.Word == "pack" && i > 0 && words[i - 1].Word == "service")) && i + 1 < words.Count && IsNumber(words[i + 1].Word))
            {
                terms.Add("sp" + words[i + 1].Word);
                i++;
                continue;
            }

            if (word.Term is { } term)
            {
                terms.Add(term);
            }
        }
    }

    // Each thread keeps the words it has seen with their terms: an article repeats most of its
    // words, and the archive's vocabulary is small, so lower-casing and stemming run once per word.
    [ThreadStatic]
    private static Dictionary<string, AnalyzedWord>? _seen;

    [ThreadStatic]
    private static List<AnalyzedWord>? _words;

    [ThreadStatic]
    private static SearchVocabulary? _seenFor;

    private void ReadWords(string text, List<AnalyzedWord> words)
    {
        if (_seen is null || !ReferenceEquals(_seenFor, vocabulary) || _seen.Count > 1_000_000)
        {
            _seen = new Dictionary<string, AnalyzedWord>(StringComparer.Ordinal);
            _seenFor = vocabulary;
        }

        var lookup = _seen.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        var position = 0;
        while (NextWord(text, ref position, out var start, out var length))
        {
            var span = text.AsSpan(start, length);
            var lower = span.Length <= buffer.Length ? buffer[..span.Length] : new char[span.Length];
            span.ToLowerInvariant(lower);
            if (lookup.TryGetValue(lower, out var known))
            {
                AddWord(known, words);
                continue;
            }

            var word = new string(lower);
            var analyzed = Analyze(word, [.. Parts(word).Select(Analyze)]);
            _seen[word] = analyzed;
            AddWord(analyzed, words);
        }
    }

    private AnalyzedWord Analyze(string word) => Analyze(word, []);

    private AnalyzedWord Analyze(string word, AnalyzedWord[] parts) =>
        new(word, vocabulary.StopWords.Contains(word) ? null : Stemmer.Stem(word), parts, vocabulary.PhrasesByFirstWord.GetValueOrDefault(word));

    private static void AddWord(AnalyzedWord word, List<AnalyzedWord> words)
    {
        words.Add(word);
        foreach (var part in word.Parts)
        {
            words.Add(part);
        }
    }

    /// <summary>
    /// A lower-case word, its term (null for a stop word), for <c>msmi.dll</c> its parts, and the
    /// phrases with an abbreviation that start with it (looked up once, when the word is first seen).
    /// </summary>
    private sealed record AnalyzedWord(string Word, string? Term, AnalyzedWord[] Parts, System.Collections.Immutable.ImmutableArray<(string[] Words, string Abbreviation)> Phrases);

    /// <summary>The lower-case words of a text; a word with inner dots (<c>msmi.dll</c>, <c>5.5</c>) also yields its parts.</summary>
    public static IEnumerable<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var position = 0;
        while (NextWord(text, ref position, out var start, out var length))
        {
            var word = text.Substring(start, length).ToLowerInvariant();
            yield return word;
            foreach (var part in Parts(word))
            {
                yield return part;
            }
        }
    }

    /// <summary>
    /// Finds the next word from <paramref name="position"/>: letters and digits, with inner dots
    /// and underscores kept (<c>msmi.dll</c>, <c>5.5</c>, <c>pr_content</c>).
    /// </summary>
    private static bool NextWord(string text, ref int position, out int start, out int length)
    {
        start = -1;
        for (var i = position; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c) || (c is '.' or '_' && start >= 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])))
            {
                if (start < 0)
                {
                    start = i;
                }
            }
            else if (start >= 0)
            {
                length = i - start;
                position = i;
                return true;
            }
        }

        length = 0;
        position = text.Length;
        return false;
    }

    /// <summary>The parts of a word with inner dots or underscores; none for a plain word.</summary>
    private static string[] Parts(string word) =>
        word.Contains('.', StringComparison.Ordinal) || word.Contains('_', StringComparison.Ordinal)
            ? word.Split('.', '_', StringSplitOptions.RemoveEmptyEntries)
            : [];

    private static bool Follows(List<AnalyzedWord> words, int at, string[] phrase)
    {
        if (at + phrase.Length > words.Count)
        {
            return false;
        }

        for (var j = 1; j < phrase.Length; j++)
        {
            if (!string.Equals(words[at + j].Word, phrase[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNumber(string word) => word.Length is > 0 and <= 2 && word.All(char.IsAsciiDigit);
}
