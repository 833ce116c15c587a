using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace KbEngine.Core.Extraction;

/// <summary>The product catalog: names, aliases, keyword codes and fix-level keywords, read from <c>content/catalog/products.json</c>.</summary>
/// <remarks>
/// Aliases are matched case-insensitively as whole words, longest first, so "Microsoft Word 97 for
/// Windows" wins over "Microsoft Word". Built once and shared by every thread.
/// </remarks>
public sealed class ProductCatalog
{
    private readonly FrozenDictionary<string, CatalogProduct> _byAlias;
    private readonly FrozenDictionary<string, CatalogProduct> _byCategory;
    private readonly FrozenDictionary<string, (CatalogProduct Product, string Version)> _keywordVersions;
    private readonly FrozenDictionary<string, (string Alias, CatalogProduct Product)[]> _byFirstWord;

    private ProductCatalog(ImmutableArray<CatalogProduct> products, ImmutableArray<FixKeyword> fixKeywords)
    {
        Products = products;
        FixKeywords = fixKeywords;
        var aliases = new Dictionary<string, CatalogProduct>(StringComparer.OrdinalIgnoreCase);
        var keywords = new Dictionary<string, (CatalogProduct, string)>(StringComparer.OrdinalIgnoreCase);
        var categories = new Dictionary<string, CatalogProduct>(StringComparer.OrdinalIgnoreCase);
        foreach (var product in products)
        {
            foreach (var alias in product.Aliases.Append(product.Name))
            {
                aliases.TryAdd(alias.Trim(), product);
            }

            foreach (var (code, version) in product.KeywordVersions)
            {
                keywords.TryAdd(code, (product, version));
            }

            foreach (var category in product.ArchiveCategories)
            {
                categories.TryAdd(category, product);
            }
        }

        _byAlias = aliases.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _keywordVersions = keywords.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _byCategory = categories.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        // Aliases indexed by their first word, longest first: finding a name in a text is one
        // dictionary look-up per word of the text, however many aliases the catalog has.
        _byFirstWord = aliases
            .GroupBy(pair => FirstWord(pair.Key).ToString(), StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(
                group => group.Key,
                group => group.OrderByDescending(pair => pair.Key.Length).Select(pair => (pair.Key, pair.Value)).ToArray(),
                StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every product, in catalog order.</summary>
    public ImmutableArray<CatalogProduct> Products { get; }

    /// <summary>The keyword patterns that state fix levels.</summary>
    public ImmutableArray<FixKeyword> FixKeywords { get; }

    /// <summary>The product <paramref name="name"/> names exactly (an alias, any case), or null.</summary>
    public CatalogProduct? Resolve(string name) =>
        _byAlias.TryGetValue(name.Trim(), out var product) ? product : null;

    /// <summary>The product a name is an alias of, else the first product named inside it, else null.</summary>
    public CatalogProduct? Identify(string name) => Resolve(name) ?? Find(name)?.Product;

    /// <summary>The product of an archive browse folder (<c>exchange</c>), or null.</summary>
    public CatalogProduct? ForCategory(string category) => _byCategory.GetValueOrDefault(category);

    /// <summary>The first (leftmost, then longest) product named in <paramref name="text"/> as whole words, with where the name is.</summary>
    public (CatalogProduct Product, int Index, int Length)? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsLetterOrDigit(text[i]) || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '-')))
            {
                continue;
            }

            var rest = text.AsSpan(i);
            if (!lookup.TryGetValue(FirstWord(rest), out var candidates))
            {
                continue;
            }

            foreach (var (alias, product) in candidates)
            {
                if (rest.StartsWith(alias, StringComparison.OrdinalIgnoreCase)
                    && (rest.Length == alias.Length || !(char.IsLetterOrDigit(rest[alias.Length]) || rest[alias.Length] == '-')))
                {
                    return (product, i, alias.Length);
                }
            }
        }

        return null;
    }

    /// <summary>The leading run of letters and digits: the key an alias is indexed under.</summary>
    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> text)
    {
        var end = 0;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return text[..end];
    }

    /// <summary>The product and version a keyword code names (<c>exc55</c>), or null.</summary>
    public (CatalogProduct Product, string Version)? KeywordVersion(string code) =>
        _keywordVersions.TryGetValue(code, out var found) ? found : null;

    /// <summary>Reads a catalog from its JSON text.</summary>
    /// <exception cref="FormatException">The JSON is not a catalog; the message names the JSON path.</exception>
    public static ProductCatalog Parse(string json)
    {
        var root = JObject.Parse(json);
        var products = ImmutableArray.CreateBuilder<CatalogProduct>();
        var fixKeywords = ImmutableArray.CreateBuilder<FixKeyword>();
        foreach (var item in Required<JArray>(root, "products", "$"))
        {
            var path = item.Path;
            var product = new CatalogProduct(
                Required<JValue>(item, "id", path).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Required<JValue>(item, "name", path).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Strings(item["archiveCategories"]),
                Strings(item["aliases"]),
                (item["keywordVersions"] as JObject)?.Properties().ToImmutableDictionary(p => p.Name, p => (string)p.Value!, StringComparer.OrdinalIgnoreCase)
                    ?? ImmutableDictionary<string, string>.Empty);
            products.Add(product);
            foreach (var fix in item["fixKeywords"] as JArray ?? [])
            {
                fixKeywords.Add(new FixKeyword(
                    product,
                    new Regex((string)Required<JValue>(fix, "pattern", fix.Path)!, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
                    (string)Required<JValue>(fix, "version", fix.Path)!,
                    (string?)fix["servicePack"]));
            }
        }

        return new ProductCatalog(products.ToImmutable(), fixKeywords.ToImmutable());
    }

    private static ImmutableArray<string> Strings(JToken? token) =>
        token is JArray array ? [.. array.Select(value => (string)value!)] : [];

    private static T Required<T>(JToken token, string name, string path) where T : JToken =>
        token[name] as T ?? throw new FormatException($"{path}.{name}: expected a {typeof(T).Name[1..].ToLowerInvariant()}");
}
