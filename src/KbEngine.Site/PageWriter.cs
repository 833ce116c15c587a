using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Scriban.Runtime;

namespace KbEngine.Site;

/// <summary>
/// Writes pages into the staging folder, from any thread, and notes every internal link each page
/// makes, so the build can check them once everything is written.
/// </summary>
internal sealed partial class PageWriter(Output.SiteOutput output, TemplateSet templates, ScriptObject site)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // The first page that links to each target: enough to report a broken link with a place to look.
    private readonly ConcurrentDictionary<string, string> _links = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> _pageUrls = [];
    private int _pages;

    public Output.SiteOutput Output => output;

    /// <summary>The pages rendered by this build.</summary>
    public int Pages => Volatile.Read(ref _pages);

    public TemplateSet Templates => templates;

    /// <summary>Renders <paramref name="template"/> for the page at <paramref name="url"/> and writes it.</summary>
    /// <param name="url">The page's URL relative to the site root.</param>
    /// <param name="template">The template's name.</param>
    /// <param name="model">What the template shows, as <c>page</c>.</param>
    /// <param name="title">The page's title.</param>
    /// <param name="root">The way from the page to the site root; by default, from its URL.</param>
    public void WritePage(string url, string template, object model, string title, string? root = null)
    {
        var globals = new ScriptObject
        {
            ["site"] = site,
            ["page"] = model,
            ["title"] = title,
            ["url"] = url,
            ["root"] = root ?? SiteUrls.RootFrom(url),
        };
        var html = templates.RenderPage(template, globals);
        var file = SiteUrls.FileOf(url);
        NoteLinks(file, html);
        WriteFile(file, html);
        _pageUrls.Add(url);
        Interlocked.Increment(ref _pages);
    }

    /// <summary>The URL of every page rendered by this build.</summary>
    public IEnumerable<string> PageUrls() => _pageUrls;

    /// <summary>Writes a file that is not a page (raw text, JSON, XML), at a path relative to the root.</summary>
    public void WriteFile(string relative, string text) => output.Write(relative, Utf8.GetBytes(text));

    /// <summary>The internal links of the pages rendered by this build whose target the site lacks, each with the first page that makes it.</summary>
    public IReadOnlyList<BrokenLink> BrokenLinks() =>
        [.. _links.Where(link => !output.Has(link.Key))
            .Select(link => new BrokenLink(link.Value, link.Key))
            .OrderBy(link => link.Target, StringComparer.Ordinal)];

    private void NoteLinks(string file, string html)
    {
        var folder = file.LastIndexOf('/') is var slash and >= 0 ? file[..(slash + 1)] : "";
        foreach (Match match in LinkPattern().Matches(html))
        {
            var href = match.Groups[1].Value;
            if (href.Length == 0 || href.Contains(':', StringComparison.Ordinal) || href.StartsWith("//", StringComparison.Ordinal))
            {
                continue; // external, mailto:, data:, or a fragment of the page itself
            }

            var target = Resolve(folder, System.Net.WebUtility.HtmlDecode(href));
            if (target is not null)
            {
                _links.TryAdd(target, file);
            }
        }
    }

    /// <summary>The file a relative link from <paramref name="folder"/> points at; null when it climbs above the root.</summary>
    internal static string? Resolve(string folder, string href)
    {
        // Segments are kept as (start, length) in one buffer: every link of every page passes here.
        var path = new StringBuilder(folder.Length + href.Length);
        if (!href.StartsWith('/'))
        {
            path.Append(folder.TrimEnd('/'));
        }

        foreach (var range in href.AsSpan().Split('/'))
        {
            var segment = href.AsSpan(range);
            if (segment.IsEmpty || segment is ".")
            {
                continue;
            }

            if (segment is "..")
            {
                if (path.Length == 0)
                {
                    return null;
                }

                var cut = LastSlash(path);
                path.Length = cut < 0 ? 0 : cut;
                continue;
            }

            if (path.Length > 0)
            {
                path.Append('/');
            }

            path.Append(segment.Contains('%') ? Uri.UnescapeDataString(segment.ToString()) : segment);
        }

        var resolved = path.ToString();
        return href.EndsWith('/') || href is "." or "./" || resolved.Length == 0 ? (resolved.Length == 0 ? "index.html" : resolved + "/index.html") : resolved;
    }

    private static int LastSlash(StringBuilder path)
    {
        for (var i = path.Length - 1; i >= 0; i--)
        {
            if (path[i] == '/')
            {
                return i;
            }
        }

        return -1;
    }

    // href="…" and src="…" up to a query or fragment: what a browser would fetch.
    [GeneratedRegex("""(?:href|src)="([^"#?]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();
}
