namespace KbEngine.Core.Knowledge;

/// <summary>The version, service pack or release in which a problem was corrected.</summary>
/// <param name="ProductId">The catalog id of the product, or null when the catalog does not know it.</param>
/// <param name="Product">The product as the catalog names it, or as the sentence names it.</param>
/// <param name="Version">The version (<c>5.5</c>, <c>97</c>, <c>7.00</c>).</param>
/// <param name="ServicePack">The service pack number, or null.</param>
/// <param name="Release">A named release other than a service pack (<c>SR-2</c>), or null.</param>
/// <param name="Provenance">The sentence (or keyword) that says so.</param>
public sealed record FixLevel(string? ProductId, string Product, string? Version, int? ServicePack, string? Release, Provenance Provenance)
{
    /// <summary>The level as people write it: <c>5.5 SP4</c>, <c>97 SR-2</c>, <c>7.00</c>.</summary>
    public string Level => string.Join(' ', new[] { Version, ServicePack is { } sp ? $"SP{sp}" : null, Release }.Where(part => part is not null));
}
