using System.Text.RegularExpressions;

namespace KbEngine.Core.Extraction;

/// <summary>A keyword pattern that states a fix level (<c>kbExchange550sp4Fix</c> → 5.5 SP4).</summary>
/// <param name="Product">The product the keyword belongs to.</param>
/// <param name="Pattern">The pattern over the keyword, with named groups.</param>
/// <param name="Version">The version template (<c>${major}.${minor}</c>).</param>
/// <param name="ServicePack">The service pack template (<c>${sp}</c>), or null.</param>
public sealed record FixKeyword(CatalogProduct Product, Regex Pattern, string Version, string? ServicePack);
