using System.Collections.Immutable;

namespace KbEngine.Core.Knowledge;

/// <summary>The products and versions an article applies to, from its header, applies-to list and keywords.</summary>
/// <param name="Products">One entry per product and version, the catalog's names where it knows them.</param>
/// <param name="Unknown">Product names the catalog does not know, as written.</param>
/// <param name="Provenance">Where each entry came from, in the order of <paramref name="Products"/>.</param>
public sealed record Applicability(
    ImmutableArray<ProductVersion> Products,
    ImmutableArray<string> Unknown,
    ImmutableArray<Provenance> Provenance);
