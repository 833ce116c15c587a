namespace KbEngine.Site.Views;

/// <summary>What the article template shows: the article's metadata and body, its knowledge, and its links.</summary>
public sealed record ArticlePage
{
    /// <summary>The article id (<c>Q199534</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The title, area code included as the KB writes it.</summary>
    public required string Title { get; init; }

    /// <summary>The title's area code and its index, or null.</summary>
    public LinkItem? Area { get; init; }

    /// <summary>The <c>Product(s):</c> header, each linked to the archive index that lists it when there is one.</summary>
    public required IReadOnlyList<LinkItem> Products { get; init; }

    /// <summary>The catalog products the knowledge record applies to, each with its versions, linked to its index.</summary>
    public required IReadOnlyList<LinkItem> CatalogProducts { get; init; }

    /// <summary>The <c>Version(s):</c> header as written.</summary>
    public string? Versions { get; init; }

    /// <summary>The operating systems, joined.</summary>
    public string? OperatingSystems { get; init; }

    /// <summary>The keywords.</summary>
    public required IReadOnlyList<string> Keywords { get; init; }

    /// <summary>The last modified date (ISO), or null.</summary>
    public string? LastModified { get; init; }

    /// <summary>The issue type and its index, or null.</summary>
    public LinkItem? IssueType { get; init; }

    /// <summary>The solution type (<c>kbfix</c>), or null.</summary>
    public string? SolutionType { get; init; }

    /// <summary>The items of "applies to".</summary>
    public required IReadOnlyList<string> AppliesTo { get; init; }

    /// <summary>The sections as HTML (see <see cref="Rendering.ArticleBodyWriter"/>).</summary>
    public required string BodyHtml { get; init; }

    /// <summary>
    /// The article file as the archive has it, shown folded at the end of the page: one file per
    /// article instead of two (a third of the build's file writes), and no <c>.md</c> for a
    /// server to send as a download.
    /// </summary>
    public required string Raw { get; init; }

    /// <summary>The extracted knowledge.</summary>
    public required KnowledgeView Knowledge { get; init; }

    /// <summary>The articles it cites; those the site lacks have no URL.</summary>
    public required IReadOnlyList<LinkItem> References { get; init; }

    /// <summary>The articles that cite it.</summary>
    public required IReadOnlyList<LinkItem> CitedBy { get; init; }

    /// <summary>The tree page that offers this article, or null.</summary>
    public string? TreeUrl { get; init; }

    /// <summary>The verdicts for the estate, one per binding; empty without a topology or when nothing in the estate bears on it.</summary>
    public required IReadOnlyList<FindingView> Findings { get; init; }

    /// <summary>The best verdict over the estate (<c>applies</c>, <c>open</c>, <c>ruled-out</c>), or null.</summary>
    public string? Verdict { get; init; }
}
