using System.Buffers;

namespace KbEngine.Core.Extraction;

/// <summary>Splits running text into sentences: at <c>.</c>, <c>?</c> or <c>!</c> followed by a space and a capital, a quote or a parenthesis.</summary>
/// <remarks>Abbreviations (<c>e.g.</c>, <c>i.e.</c>, <c>etc.</c>, <c>vs.</c>, <c>No.</c>, <c>Mr.</c>) do not end a sentence.</remarks>
public static class SentenceSplitter
{
    private static readonly SearchValues<char> Ends = SearchValues.Create(".?!");

    private static readonly string[] Abbreviations = ["e.g", "i.e", "etc", "vs", "No", "no", "Mr", "Mrs", "Ms", "Dr", "Inc", "Corp", "Ltd", "approx", "Fig", "Vol", "Jr", "Sr", "St"];

    /// <summary>The sentences of <paramref name="text"/> as (start, length) ranges, trimmed.</summary>
    public static List<Range> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Range>();
        var start = 0;
        var at = 0;
        while (at < text.Length)
        {
            var next = text.AsSpan(at).IndexOfAny(Ends);
            if (next < 0)
            {
                break;
            }

            var end = at + next + 1;
            // Closing quotes and parentheses belong to the sentence they end.
            while (end < text.Length && text[end] is '"' or '\'' or ')')
            {
                end++;
            }

            if (IsBoundary(text, at + next, end))
            {
                Add(text, start, end, sentences);
                start = end;
            }

            at = end;
        }

        Add(text, start, text.Length, sentences);
        return sentences;
    }

    private static bool IsBoundary(string text, int mark, int end)
    {
        var next = end;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        if (next == end || next >= text.Length || !(char.IsUpper(text[next]) || text[next] is '"' or '\'' or '(' or '['))
        {
            return false;
        }

        if (text[mark] != '.')
        {
            return true;
        }

        // The word before the period: an abbreviation does not end a sentence. (A single capital
        // does: in this archive it is far more often a drive letter, "drive A.", than an initial.)
        var wordStart = mark;
        while (wordStart > 0 && text[wordStart - 1] is not (' ' or '('))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, mark - wordStart);
        foreach (var abbreviation in Abbreviations)
        {
            if (word.SequenceEqual(abbreviation))
            {
                return false;
            }
        }

        return true;
    }

    private static void Add(string text, int start, int end, List<Range> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(start..end);
        }
    }
}
