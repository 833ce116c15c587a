using System.Collections.Immutable;

namespace KbEngine.Core.Extraction;

/// <summary>One product of the catalog in <c>content/catalog/products.json</c>.</summary>
/// <param name="Id">The stable id (<c>exchange-server</c>).</param>
/// <param name="Name">The product's name (<c>Microsoft Exchange Server</c>).</param>
/// <param name="ArchiveCategories">The archive's browse-by-product folders for it.</param>
/// <param name="Aliases">The ways articles name it.</param>
/// <param name="KeywordVersions">Keyword codes that name a version of it (<c>exc55</c> → <c>5.5</c>).</param>
public sealed record CatalogProduct(
    string Id,
    string Name,
    ImmutableArray<string> ArchiveCategories,
    ImmutableArray<string> Aliases,
    ImmutableDictionary<string, string> KeywordVersions);
