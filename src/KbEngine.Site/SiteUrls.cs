using System.Globalization;
using System.Text;

namespace KbEngine.Site;

/// <summary>
/// Where every page lives, relative to the site root, in the directory form the archive uses
/// (<c>kb/199/Q199534/</c>); a page's file is its URL plus <c>index.html</c>.
/// </summary>
public static class SiteUrls
{
    /// <summary>An article's page: <c>kb/199/Q199534/</c>, the number in thousands on three digits, as the archive publishes it.</summary>
    public static string Article(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var number = int.Parse(id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture);
        return $"kb/{(number / 1000).ToString("000", CultureInfo.InvariantCulture)}/{id}/";
    }

    /// <summary>One of the archive's own browse-by-product pages: <c>id/exchange/</c>.</summary>
    public static string ArchiveIndex(string slug) => $"id/{slug}/";

    /// <summary>The index of a catalog product.</summary>
    public static string Product(string productId) => $"products/{Slug(productId)}/";

    /// <summary>The index of a problem area (the title's area code).</summary>
    public static string Area(string area) => $"areas/{Slug(area)}/";

    /// <summary>The index of an issue type (<c>kbbug</c>).</summary>
    public static string IssueType(string issueType) => $"types/{Slug(issueType)}/";

    /// <summary>
    /// A page of a browse list split into pages: the first at the list's own URL (so existing links,
    /// the archive's <c>id/exchange/</c> among them, keep working), the others beneath it at
    /// <c>types/kbprb/page/2/</c>.
    /// </summary>
    public static string ListPage(string listUrl, int number)
    {
        ArgumentNullException.ThrowIfNull(listUrl);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        return number == 1 ? listUrl : $"{listUrl}page/{number.ToString(CultureInfo.InvariantCulture)}/";
    }

    /// <summary>The diagnosis page of the estate.</summary>
    public const string Diagnosis = "diagnosis/";

    /// <summary>The list of articles that did not parse.</summary>
    public const string Failures = "failures/";

    /// <summary>The search page (reads <c>?q=</c>).</summary>
    public const string Search = "search/";

    /// <summary>The browse page listing every product, area and issue type.</summary>
    public const string Browse = "browse/";

    /// <summary>The file of a directory URL.</summary>
    public static string FileOf(string url) => url.Length == 0 || url.EndsWith('/') ? url + "index.html" : url;

    /// <summary>The page a web server shows for a missing address.</summary>
    public const string NotFound = "404.html";

    /// <summary>The home page.</summary>
    public const string Home = "";

    /// <summary>The root of the decision tree.</summary>
    public const string Tree = "tree/";

    /// <summary>The way back to the site root from a page at <paramref name="url"/>: <c>../../../</c> for an article.</summary>
    public static string RootFrom(string url)
    {
        // Every slash is one folder down, for a folder URL (kb/199/Q199534/) and a file (404.html) alike.
        ArgumentNullException.ThrowIfNull(url);
        var depth = url.Count(c => c == '/');
        return depth == 0 ? "./" : string.Concat(Enumerable.Repeat("../", depth));
    }

    /// <summary>A name safe in a URL: lower case letters, digits and dashes.</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var slug = Slug(text, buffer);
        return slug.SequenceEqual(text) ? text : slug.ToString();
    }

    /// <summary>
    /// <see cref="Slug(string)"/> written into <paramref name="into"/> (at least as long as
    /// <paramref name="text"/>), without a string: every article page makes an anchor of each of
    /// its headings. A text with no letter or digit gives "other", which is not written into it.
    /// </summary>
    internal static ReadOnlySpan<char> Slug(ReadOnlySpan<char> text, Span<char> into)
    {
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                into[length++] = char.ToLowerInvariant(c);
            }
            else if (length > 0 && into[length - 1] != '-')
            {
                into[length++] = '-';
            }
        }

        var slug = into[..length].TrimEnd('-');
        return slug.IsEmpty ? "other" : slug;
    }
}
