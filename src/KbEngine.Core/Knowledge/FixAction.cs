namespace KbEngine.Core.Knowledge;

/// <summary>A step or sentence that resolves the problem by installing a fix: "obtain the latest service pack for Exchange Server 5.5".</summary>
/// <param name="ProductId">The catalog id of the product, or null.</param>
/// <param name="Product">The product as named.</param>
/// <param name="Version">The version the fix is for, or null.</param>
/// <param name="Latest">Whether the text asks for the latest service pack rather than a numbered one.</param>
/// <param name="ServicePack">The numbered service pack, or null.</param>
/// <param name="Release">A named release (<c>SR-2</c>), or null.</param>
public sealed record FixAction(string? ProductId, string Product, string? Version, bool Latest, int? ServicePack, string? Release);
