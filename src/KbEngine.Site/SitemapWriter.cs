using System.Security;
using System.Text;

namespace KbEngine.Site;

/// <summary>Writes <c>sitemap.xml</c>: an index of sitemap files of at most 50,000 URLs each, as the protocol allows.</summary>
/// <remarks>
/// The protocol wants absolute URLs; without <c>--base-url</c> the locations are written from the
/// site root (<c>/kb/199/Q199534/</c>), which a crawler resolves against the sitemap's own address.
/// </remarks>
internal sealed class SitemapWriter(string? baseUrl)
{
    private const int UrlsPerFile = 50_000;

    public void Write(PageWriter writer, IEnumerable<string> pages)
    {
        var prefix = (baseUrl ?? "").TrimEnd('/') + "/";
        var urls = pages.Where(u => u != SiteUrls.NotFound).Order(StringComparer.Ordinal).ToList();
        var files = new List<string>();
        for (var start = 0; start < urls.Count; start += UrlsPerFile)
        {
            var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            foreach (var url in urls.Skip(start).Take(UrlsPerFile))
            {
                xml.Append("<url><loc>").Append(SecurityElement.Escape(prefix + url)).Append("</loc></url>\n");
            }

            xml.Append("</urlset>\n");
            var name = $"sitemap-{files.Count + 1}.xml";
            writer.WriteFile(name, xml.ToString());
            files.Add(name);
        }

        var index = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var file in files)
        {
            index.Append("<sitemap><loc>").Append(SecurityElement.Escape(prefix + file)).Append("</loc></sitemap>\n");
        }

        index.Append("</sitemapindex>\n");
        writer.WriteFile("sitemap.xml", index.ToString());
    }
}
