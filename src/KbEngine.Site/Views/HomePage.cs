namespace KbEngine.Site.Views;

/// <summary>The home page: where to start (search, the troubleshooter, browsing) and what the site holds.</summary>
/// <param name="Articles">The number of article pages.</param>
/// <param name="Failures">The number of articles that did not parse (shown as their raw text).</param>
/// <param name="Products">The catalog products, largest first.</param>
/// <param name="ArchiveIndexes">The archive's own browse-by-product pages.</param>
/// <param name="Areas">The largest problem areas.</param>
/// <param name="IssueTypes">The issue types.</param>
/// <param name="TreeProducts">The troubleshooter's first question: which product.</param>
/// <param name="Estate">The estate's name when a topology was given, or null.</param>
/// <param name="Applies">With an estate, the articles that apply.</param>
/// <param name="Open">With an estate, the articles still open.</param>
public sealed record HomePage(
    int Articles,
    int Failures,
    IReadOnlyList<LinkItem> Products,
    IReadOnlyList<LinkItem> ArchiveIndexes,
    IReadOnlyList<LinkItem> Areas,
    IReadOnlyList<LinkItem> IssueTypes,
    IReadOnlyList<LinkItem> TreeProducts,
    string? Estate,
    int Applies,
    int Open);
