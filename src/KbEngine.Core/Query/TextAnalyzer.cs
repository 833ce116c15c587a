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
        var sink = new TermList(terms);
        Analyze(text, WordsOfThisThread(), ref sink);
    }

    /// <summary>
    /// This thread's words for this vocabulary, to pass to every <see cref="Analyze"/> of one
    /// document: the cache is renewed here only, so one document's terms are always the same
    /// <see cref="AnalyzedTerm"/> objects.
    /// </summary>
    internal ThreadWords WordsOfThisThread()
    {
        if (t_words is not { } words || !ReferenceEquals(words.Vocabulary, vocabulary) || words.Count > 1_000_000 || words.Spent)
        {
            t_words = words = new ThreadWords(vocabulary);
        }

        return words;
    }

    [ThreadStatic]
    private static ThreadWords? t_words;

    /// <summary>Hands each term of <paramref name="text"/> to <paramref name="sink"/>, in order.</summary>
    internal void Analyze<TSink>(string text, ThreadWords cache, ref TSink sink)
        where TSink : struct, ITermSink
    {
        var words = cache.Words;
        words.Clear();
        ReadWords(text, cache);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (!word.Phrases.IsDefaultOrEmpty)
            {
                foreach (var (phrase, abbreviation) in word.Phrases)
                {
                    if (Follows(words, i, phrase))
                    {
                        sink.Add(abbreviation);
                        break;
                    }
                }
            }

            // "sp3", "sp 3" and "service pack 3" are one term.
            if ((word.Word == "sp" || (word.Word == "pack" && i > 0 && words[i - 1].Word == "service")) && i + 1 < words.Count && IsNumber(words[i + 1].Word))
            {
                var number = words[i + 1];
                sink.Add(number.ServicePack ??= cache.TermOf("sp" + number.Word));
                i++;
                continue;
            }

            if (word.Term is { } term)
            {
                sink.Add(term);
            }
        }
    }

    private void ReadWords(string text, ThreadWords cache)
    {
        var words = cache.Words;
        var lookup = cache.ByText.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        var position = 0;
        while (NextWord(text, ref position, out var start, out var length))
        {
            var span = text.AsSpan(start, length);
            AnalyzedWord? analyzed;
            if (ShortKey(span) is { } key)
            {
                // Most words: looked up by a number, without hashing or comparing their text.
                if (!cache.ByShortKey.TryGetValue(key, out analyzed))
                {
                    analyzed = Learn(span.ToString().ToLowerInvariant(), cache);
                    cache.ByShortKey.Add(key, analyzed);
                }
            }
            else
            {
                var lower = span.Length <= buffer.Length ? buffer[..span.Length] : new char[span.Length];
                span.ToLowerInvariant(lower);
                if (!lookup.TryGetValue(lower, out analyzed))
                {
                    var word = new string(lower);
                    analyzed = Learn(word, cache);
                    cache.ByText.Add(word, analyzed);
                }
            }

            words.Add(analyzed);
            foreach (var part in analyzed.Parts)
            {
                words.Add(part);
            }
        }
    }

    /// <summary>
    /// A word of up to 8 ASCII characters, lower-cased, as one number (a byte per character; no
    /// character is 0, so the length is implied); null for any other word.
    /// </summary>
    private static ulong? ShortKey(ReadOnlySpan<char> word)
    {
        if (word.Length > 8)
        {
            return null;
        }

        ulong key = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c >= 0x80)
            {
                return null;
            }

            key |= (ulong)(char.IsAsciiLetterUpper(c) ? c | 0x20 : c) << (8 * i);
        }

        return key;
    }

    private AnalyzedWord Learn(string word, ThreadWords cache) => AnalyzeWord(word, [.. Parts(word).Select(part => AnalyzeWord(part, [], cache))], cache);

    private AnalyzedWord AnalyzeWord(string word, AnalyzedWord[] parts, ThreadWords cache) =>
        new(word, vocabulary.StopWords.Contains(word) ? null : cache.TermOf(Stemmer.Stem(word)), parts,
            vocabulary.PhrasesByFirstWord.TryGetValue(word, out var phrases) ? [.. phrases.Select(p => (p.Words, cache.TermOf(p.Abbreviation)))] : default);

    private readonly struct TermList(List<string> terms) : ITermSink
    {
        public void Add(AnalyzedTerm term) => terms.Add(term.Text);
    }

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
