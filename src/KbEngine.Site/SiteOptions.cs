namespace KbEngine.Site;

/// <summary>What <see cref="SiteBuilder"/> builds and where: the output folder, the templates, the estate.</summary>
public sealed record SiteOptions
{
    /// <summary>The folder the site is written to; changed only when the build succeeded.</summary>
    public required string OutputFolder { get; init; }

    /// <summary>The folder of Scriban templates (<c>*.html</c>) and static assets (everything else).</summary>
    public required string TemplatesFolder { get; init; }

    /// <summary>The absolute URL the site is published at (for sitemap.xml and canonical links), or null.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>The estate to diagnose: a diagnosis page and a verdict on every article page; null for none.</summary>
    public SiteEstate? Estate { get; init; }

    /// <summary>How many pages are rendered at once; defaults to the number of processors.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Renders every page even when the last build's state says which depend on what changed. Files
    /// whose bytes are unchanged are still not rewritten.
    /// </summary>
    public bool Rebuild { get; init; }

    /// <summary>
    /// How many articles a page of a browse list shows at most; longer lists are split into pages.
    /// 500 links (about 80 KB of HTML) read and scroll well; the archive's longest list (10,502
    /// articles) gets 22 pages, and a retitled article's lists are written again page by page.
    /// </summary>
    public int ListPageSize { get; init; } = 500;

    /// <summary>The site's name, shown in every page's header.</summary>
    public string Title { get; init; } = "KB Troubleshooter";
}
