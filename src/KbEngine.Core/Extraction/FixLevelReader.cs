using System.Globalization;
using System.Text.RegularExpressions;
using KbEngine.Core.Knowledge;

namespace KbEngine.Core.Extraction;

/// <summary>Reads "corrected in Exchange Server 5.5 Service Pack 4"-style phrases into product, version and service pack or release.</summary>
internal static partial class FixLevelReader
{
    public readonly record struct Level(string? ProductId, string Product, string? Version, int? ServicePack, string? Release);

    /// <summary>
    /// The phrases after "corrected in", "fixed in", "resolved in" (Named: a fix, level or not) and
    /// "resolved with/by" (Named only when a level follows) in a sentence.
    /// </summary>
    public static IEnumerable<(string Phrase, bool Named)> FixPhrases(string sentence)
    {
        foreach (Match match in FixedIn().Matches(sentence))
        {
            yield return (match.Groups["what"].Value, match.Groups["in"].Success);
        }
    }

    /// <summary>The fix levels a phrase names: one per product and version, several when joined with "and" or commas.</summary>
    public static List<Level> Read(string phrase, ProductCatalog catalog, string? defaultProduct)
    {
        var levels = new List<Level>();
        // "Fixed in the latest service pack for …" names no level.
        if (Latest().IsMatch(phrase))
        {
            return levels;
        }

        // Parentheses other than a release code ("(SR-2)") only explain: "BASIC PDS (Professional Development System)".
        var text = Explanation().Replace(phrase, " ");
        text = Spaces().Replace(text, " ").Trim();
        string? product = null;
        string? productId = null;
        foreach (Match match in VersionPattern().Matches(text))
        {
            var before = text[..match.Index];
            // Many product names carry their version ("Microsoft Windows 2000"): try the name with it first.
            var lastWords = LastWords(before);
            var withVersion = lastWords + match.Groups["version"].Value;
            var named = catalog.Find(withVersion) is { } whole && whole.Index + whole.Length > lastWords.Length
                ? whole.Product
                : catalog.Find(lastWords)?.Product;
            var written = ProductWords().Match(before) is { Success: true } words ? words.Groups["product"].Value.Trim() : null;
            if (named is not null || !string.IsNullOrEmpty(written))
            {
                productId = named?.Id;
                product = named?.Name ?? written;
            }

            // "2.11 U.S. Service Pack" with no number is no level either.
            if (match.Groups["unnumbered"].Success && !match.Groups["sp"].Success)
            {
                continue;
            }

            var sp = match.Groups["sp"].Success ? int.Parse(match.Groups["sp"].Value, CultureInfo.InvariantCulture) : (int?)null;
            var release = match.Groups["sr"].Success ? $"SR-{match.Groups["sr"].Value}" : null;
            levels.Add(new Level(productId, product ?? defaultProduct ?? string.Empty, match.Groups["version"].Value, sp, release));
        }

        return levels;
    }

    /// <summary>The text after the last "and", comma or "in" before a version: the words that name its product.</summary>
    private static string LastWords(string before)
    {
        var cut = Math.Max(before.LastIndexOf(" and ", StringComparison.Ordinal), before.LastIndexOf(',', before.Length - 1));
        cut = Math.Max(cut, before.LastIndexOf(" in ", StringComparison.Ordinal));
        return cut >= 0 ? before[(cut + 1)..] : before;
    }

    [GeneratedRegex(@"\b(?:first |also |been |was |were |is |are )?(?:corrected|fixed|resolved)\s+(?:(?<in>in)|with|by)\s+(?<what>[^.;]*(?:\.\d[^.;]*)*)", RegexOptions.IgnoreCase)]
    private static partial Regex FixedIn();

    [GeneratedRegex(@"^\s*(?:the\s+)?latest\b", RegexOptions.IgnoreCase)]
    private static partial Regex Latest();

    [GeneratedRegex(@"\((?!SR-)[^()]*\)")]
    private static partial Regex Explanation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    // A version, optionally "version"-prefixed, then a service pack (a few words such as "Terminal
    // Server Edition" may stand between) or a service release.
    [GeneratedRegex(@"(?:\b[Vv]ersion\s+)?(?<version>\d+(?:\.\d+)*[a-z]?)\b(?:,?\s+(?:[A-Z][\w-]*\s+){0,4}?(?:U\.S\.\s+)?(?<unnumbered>Service\s+Pack|SP)(?:\s*(?<sp>\d+))?)?(?:,?\s+Service\s+Release\s+\d+)?(?:\s*\(?SR-?(?<sr>\d+)\)?)?")]
    private static partial Regex VersionPattern();

    // Capitalised words just before a version: "Exchange Server", "Microsoft Office", "MASM".
    [GeneratedRegex(@"(?<product>(?:[A-Z][\w+/.-]*\s+)*[A-Z][\w+/.-]*)\s+(?:[Vv]ersion\s+)?$")]
    private static partial Regex ProductWords();
}
