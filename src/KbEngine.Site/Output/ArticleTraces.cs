namespace KbEngine.Site.Output;

/// <summary>What the pages of others show of one article, as the last build left it.</summary>
/// <param name="Listing">A hash of what the browse pages show of it (title, products, area, issue type, archive lists).</param>
/// <param name="Place">The URL of the tree page whose answer leads to it, or null.</param>
/// <param name="Cites">The ids it cites: their pages list it under "cited by".</param>
/// <param name="ArchiveIndexes">The archive's <c>id/&lt;slug&gt;/</c> lists it is on.</param>
/// <param name="Lists">The URLs of the other browse lists it is on (product, area, issue type; see <see cref="IndexPages.ListsOf"/>).</param>
/// <param name="SearchShards">The search term shards that hold its words, each with a hash of its postings there.</param>
internal sealed record ArticleTraces(ulong Listing, string? Place, string[] Cites, string[] ArchiveIndexes, string[] Lists, IReadOnlyDictionary<string, ulong> SearchShards);
