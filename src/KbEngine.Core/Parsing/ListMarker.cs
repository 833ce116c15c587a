namespace KbEngine.Core.Parsing;

/// <summary>A list marker found at the start of a line: <c>1.</c>, <c>b)</c>, <c>-</c>, <c>o</c>.</summary>
/// <param name="Text">The marker as written.</param>
/// <param name="Length">Characters from the marker's start to the item text.</param>
/// <param name="Number">1-based position for numbers and letters; 0 for bullets.</param>
/// <param name="Family">Items of one list share a family: <c>1</c> digits, <c>a</c>/<c>A</c> letters, or the bullet character.</param>
public readonly record struct ListMarker(string Text, int Length, int Number, char Family)
{
    /// <summary>Reads an ordered marker (<c>12.</c>, <c>3)</c>, <c>a.</c>, <c>B)</c>) followed by white space and text.</summary>
    public static ListMarker? Ordered(ReadOnlySpan<char> trimmed)
    {
        var digits = 0;
        while (digits < trimmed.Length && digits < 3 && char.IsAsciiDigit(trimmed[digits]))
        {
            digits++;
        }

        if (digits > 0)
        {
            return Closed(trimmed, digits, int.Parse(trimmed[..digits], provider: null), '1');
        }

        if (trimmed.Length > 0 && char.IsAsciiLetter(trimmed[0]))
        {
            var family = char.IsAsciiLetterLower(trimmed[0]) ? 'a' : 'A';
            return Closed(trimmed, 1, char.ToLowerInvariant(trimmed[0]) - 'a' + 1, family);
        }

        return null;
    }

    /// <summary>Reads a bullet (<c>-</c>, <c>*</c>, <c>o</c>, <c>•</c>) followed by white space and text.</summary>
    public static ListMarker? Bullet(ReadOnlySpan<char> trimmed)
    {
        if (trimmed.Length < 3 || trimmed[0] is not ('-' or '*' or 'o' or '•') || !IsGapThenText(trimmed, 1))
        {
            return null;
        }

        return new ListMarker(trimmed[..1].ToString(), GapEnd(trimmed, 1), 0, trimmed[0]);
    }

    /// <summary>Whether a line starts with any list marker.</summary>
    public static bool StartsAnyList(ReadOnlySpan<char> trimmed) => Ordered(trimmed) is not null || Bullet(trimmed) is not null;

    private static ListMarker? Closed(ReadOnlySpan<char> trimmed, int length, int number, char family)
    {
        if (length >= trimmed.Length || trimmed[length] is not ('.' or ')') || !IsGapThenText(trimmed, length + 1))
        {
            return null;
        }

        return new ListMarker(trimmed[..(length + 1)].ToString(), GapEnd(trimmed, length + 1), number, family);
    }

    private static bool IsGapThenText(ReadOnlySpan<char> trimmed, int at) =>
        at < trimmed.Length && trimmed[at] is ' ' or '\t' && GapEnd(trimmed, at) < trimmed.Length;

    private static int GapEnd(ReadOnlySpan<char> trimmed, int at)
    {
        while (at < trimmed.Length && trimmed[at] is ' ' or '\t')
        {
            at++;
        }

        return at;
    }
}
