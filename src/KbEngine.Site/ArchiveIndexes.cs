using System.Collections.Immutable;
using KbEngine.Core.Model;
using Newtonsoft.Json.Linq;

namespace KbEngine.Site;

/// <summary>
/// The archive's own browse-by-product pages (<c>id/exchange/</c>, 46 of them), whose URLs the
/// site must keep serving, and which of them lists an article.
/// </summary>
/// <remarks>
/// The archive filed an article under the product its <c>Product(s):</c> header names; the
/// Programmer's Library articles say "See article" there and carry the folder's name as a keyword.
/// The compiled knowledge base does not keep the archive's <c>id/</c> pages, so membership is
/// read from the article, which matches the archive's lists except for part of the Programmer's
/// Library (whose listing there also holds articles without the keyword).
/// </remarks>
internal sealed class ArchiveIndexes
{
    private readonly Dictionary<string, ArchiveIndex> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ArchiveIndex> _bySlug = new(StringComparer.OrdinalIgnoreCase);

    private ArchiveIndexes(IEnumerable<ArchiveIndex> indexes)
    {
        All = [.. indexes];
        foreach (var index in All)
        {
            _bySlug[index.Slug] = index;
            foreach (var name in index.Names)
            {
                _byName[name] = index;
            }
        }
    }

    /// <summary>The indexes in the archive's order.</summary>
    public ImmutableArray<ArchiveIndex> All { get; }

    /// <summary>The indexes of the embedded list.</summary>
    public static ArchiveIndexes Embedded { get; } = Load();

    /// <summary>The index a product name of an article header stands for, or null.</summary>
    public ArchiveIndex? ForProduct(string name) => _byName.GetValueOrDefault(name.Trim());

    /// <summary>The indexes that list <paramref name="article"/>.</summary>
    public IEnumerable<ArchiveIndex> Of(Article article)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var product in article.Products)
        {
            if (ForProduct(product) is { } index && seen.Add(index.Slug))
            {
                yield return index;
            }
        }

        foreach (var keyword in article.Keywords)
        {
            if (_bySlug.TryGetValue(keyword, out var index) && seen.Add(index.Slug))
            {
                yield return index;
            }
        }
    }

    private static ArchiveIndexes Load()
    {
        using var stream = typeof(ArchiveIndexes).Assembly.GetManifestResourceStream("KbEngine.Site.ArchiveIndexes.json")
            ?? throw new InvalidOperationException("the embedded ArchiveIndexes.json is missing");
        using var reader = new StreamReader(stream);
        var json = JObject.Parse(reader.ReadToEnd());
        return new ArchiveIndexes(json["indexes"]!.Select(entry => new ArchiveIndex(
            (string)entry["slug"]!,
            (string)entry["title"]!,
            [(string)entry["title"]!, .. entry["aliases"]?.Select(alias => (string)alias!) ?? []])));
    }
}
