namespace KbEngine.Core.Knowledge;

/// <summary>A product at a version, normalized through the product catalog.</summary>
/// <param name="ProductId">The catalog id (<c>exchange-server</c>), or null when the catalog does not know the product.</param>
/// <param name="Product">The product as the catalog names it, or as written when it is unknown.</param>
/// <param name="Version">The version (<c>5.5</c>), or null when none is given.</param>
public sealed record ProductVersion(string? ProductId, string Product, string? Version);
