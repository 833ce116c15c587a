using System.Collections.Immutable;

namespace KbEngine.Site;

/// <summary>One of the archive's browse-by-product pages.</summary>
/// <param name="Slug">Its folder (<c>exchange</c>).</param>
/// <param name="Title">Its title (<c>Microsoft Exchange</c>).</param>
/// <param name="Names">The <c>Product(s):</c> values it lists.</param>
internal sealed record ArchiveIndex(string Slug, string Title, ImmutableArray<string> Names);
