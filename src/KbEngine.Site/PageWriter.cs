using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using KbEngine.Site.Rendering;
using Scriban.Runtime;

namespace KbEngine.Site;

/// <summary>
/// Writes pages into the staging folder, from any thread, and notes every internal link each page
/// makes, so the build can check them once everything is written.
/// </summary>
internal sealed class PageWriter(Output.SiteOutput output, TemplateSet templates, ScriptObject site)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private const string IndexFile = "index.html";

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
        var buffer = PageBuffer.OfThisThread;
        var html = buffer.Assemble(templates.RenderPageText(template, globals));
        var file = SiteUrls.FileOf(url);
        NoteLinks(file, html);
        output.Write(file, buffer.Encode(html));
        _pageUrls.Add(url);
        Interlocked.Increment(ref _pages);
    }

    /// <summary>The URL of every page rendered by this build.</summary>
    public IEnumerable<string> PageUrls() => _pageUrls;

    /// <summary>Writes a file that is not a page (raw text, JSON, XML), at a path relative to the root.</summary>
    public void WriteFile(string relative, string text) => output.Write(relative, Utf8.GetBytes(text));

    /// <summary>The internal links of the pages rendered by this build whose target the site lacks, each with the first page that makes it.</summary>
    public IReadOnlyList<BrokenLink> BrokenLinks() =>
        [.. output.Lacking(_links.Keys)
            .Select(target => new BrokenLink(_links[target], target))
            .OrderBy(link => link.Target, StringComparer.Ordinal)];

    private void NoteLinks(string file, ReadOnlySpan<char> html)
    {
        var folder = file.AsSpan(0, file.LastIndexOf('/') + 1);
        var targets = _links.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> resolved = stackalloc char[512];
        for (var at = html.IndexOf("=\"", StringComparison.Ordinal); at >= 0; at = Next(html, at))
        {
            // What a browser would fetch: the value of an href or src attribute up to a query or fragment.
            var before = html[..at];
            if (!before.EndsWith("href", StringComparison.Ordinal) && !before.EndsWith("src", StringComparison.Ordinal))
            {
                continue;
            }

            var value = html[(at + 2)..];
            var href = value[..(value.IndexOfAny(LinkEnd) is var end and >= 0 ? end : value.Length)];
            if (href.IsEmpty || href.Contains(':') || href.StartsWith("//", StringComparison.Ordinal))
            {
                continue; // external, mailto:, data:, or a fragment of the page itself
            }

            if (href.Contains('&'))
            {
                href = System.Net.WebUtility.HtmlDecode(href.ToString());
            }

            var into = folder.Length + href.Length + IndexFile.Length + 1 <= resolved.Length ? resolved : new char[folder.Length + href.Length + IndexFile.Length + 1];
            if (TryResolve(folder, href, into, out var length))
            {
                // Most links of a page were noted by an earlier page: looked up without a string or a lock.
                var target = into[..length];
                if (!targets.ContainsKey(target))
                {
                    _links.TryAdd(target.ToString(), file);
                }
            }
        }
    }

    /// <summary>The file a relative link from <paramref name="folder"/> points at; null when it climbs above the root.</summary>
    internal static string? Resolve(string folder, string href)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(href);
        var into = new char[folder.Length + href.Length + IndexFile.Length + 1];
        return TryResolve(folder, href, into, out var length) ? new string(into, 0, length) : null;
    }

    /// <summary>
    /// Writes into <paramref name="into"/> the file a relative link from <paramref name="folder"/>
    /// points at; false when it climbs above the root. <paramref name="into"/> holds the folder, the
    /// link and <c>/index.html</c>.
    /// </summary>
    private static bool TryResolve(ReadOnlySpan<char> folder, ReadOnlySpan<char> href, Span<char> into, out int length)
    {
        length = 0;
        if (!href.StartsWith('/'))
        {
            var parent = folder.TrimEnd('/');
            parent.CopyTo(into);
            length = parent.Length;
        }

        foreach (var range in href.Split('/'))
        {
            var segment = href[range];
            if (segment.IsEmpty || segment is ".")
            {
                continue;
            }

            if (segment is "..")
            {
                if (length == 0)
                {
                    return false;
                }

                var cut = into[..length].LastIndexOf('/');
                length = cut < 0 ? 0 : cut;
                continue;
            }

            if (length > 0)
            {
                into[length++] = '/';
            }

            if (segment.Contains('%'))
            {
                var unescaped = Uri.UnescapeDataString(segment); // never longer than the segment
                unescaped.CopyTo(into[length..]);
                length += unescaped.Length;
            }
            else
            {
                segment.CopyTo(into[length..]);
                length += segment.Length;
            }
        }

        if (href.EndsWith('/') || href is "." or "./" || length == 0)
        {
            if (length > 0)
            {
                into[length++] = '/';
            }

            IndexFile.CopyTo(into[length..]);
            length += IndexFile.Length;
        }

        return true;
    }

    // Where a link's file part ends.
    private static readonly SearchValues<char> LinkEnd = SearchValues.Create("\"#?");

    /// <summary>
    /// The next attribute value (<c>="</c>) after the one at <paramref name="at"/>. A regular
    /// expression for <c>(?:href|src)="</c> stopped at every h and s of the page's text: a tenth
    /// of a page's time.
    /// </summary>
    private static int Next(ReadOnlySpan<char> html, int at)
    {
        var next = html[(at + 2)..].IndexOf("=\"", StringComparison.Ordinal);
        return next < 0 ? -1 : at + 2 + next;
    }
}
