using KbEngine.Core.Query;

namespace KbEngine.Site.Search;

/// <summary>
/// The words of the browser search: lower-case runs of ASCII letters and digits, two characters
/// or more, stop words of the search vocabulary dropped. <c>search.js</c> splits a query the same way.
/// </summary>
/// <remarks>
/// No stemming: the browser matches a query word as a prefix of the indexed words ("send" finds
/// "sending"), which keeps the script small and the same on both sides.
/// </remarks>
internal static class SearchTerms
{
    private static readonly System.Collections.Frozen.FrozenSet<string> StopWords = SearchVocabulary.Embedded.StopWords;

    public static IEnumerable<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = new List<string>();
        ForEach(text, term => terms.Add(term.ToString()));
        return terms;
    }

    /// <summary>Calls <paramref name="term"/> with each term of <paramref name="text"/>, lower-cased into a buffer that is only valid during the call.</summary>
    /// <remarks>Without a string per word: the index of the archive reads 5 million words.</remarks>
    public static void ForEach(string text, TermAction term)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(term);
        Span<char> buffer = stackalloc char[64];
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start >= 0 && i - start >= 2)
            {
                var word = text.AsSpan(start, i - start);
                var lower = word.Length <= buffer.Length ? buffer[..word.Length] : new char[word.Length];
                word.ToLowerInvariant(lower);
                if (!StopWordSpans.Contains(lower))
                {
                    term(lower);
                }
            }

            start = -1;
        }
    }

    /// <summary>What <see cref="ForEach"/> calls with each term.</summary>
    public delegate void TermAction(ReadOnlySpan<char> term);

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordSpans = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();
}
