using System.Text.RegularExpressions;

namespace KbEngine.Core.Parsing;

/// <summary>Splits a front matter title into the article id, the title proper and its area code.</summary>
internal static partial class TitleReader
{
    public readonly record struct ParsedTitle(string? Id, string Title, string? Area);

    public static ParsedTitle Read(string fullTitle)
    {
        // Some archive titles carry HTML entities (&quot;, &amp;) from the pages they were taken from.
        fullTitle = System.Net.WebUtility.HtmlDecode(fullTitle);
        var match = IdPrefix().Match(fullTitle);
        var id = match.Success ? match.Groups[1].Value : null;
        var title = match.Success ? fullTitle[match.Length..].Trim() : fullTitle.Trim();
        var area = AreaPrefix().Match(title);
        return new ParsedTitle(id, title, area.Success ? area.Groups[1].Value : null);
    }

    [GeneratedRegex(@"^\s*(Q\d{1,7})\s*:\s*")]
    private static partial Regex IdPrefix();

    // An area code is an upper-case word, digits allowed after the first letter: XFOR, PRB, WD97, OFF97.
    [GeneratedRegex(@"^([A-Z][A-Z0-9]{1,9}):\s")]
    private static partial Regex AreaPrefix();
}
