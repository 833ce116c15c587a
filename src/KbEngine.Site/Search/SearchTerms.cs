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
                var word = text[start..i].ToLowerInvariant();
                if (!StopWords.Contains(word))
                {
                    yield return word;
                }
            }

            start = -1;
        }
    }
}
