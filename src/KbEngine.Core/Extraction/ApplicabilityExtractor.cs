using System.Collections.Immutable;
using System.Text.RegularExpressions;
using KbEngine.Core.Knowledge;

namespace KbEngine.Core.Extraction;

/// <summary>Reads the products and versions an article applies to from its header, its applies-to list and its keywords.</summary>
public sealed partial class ApplicabilityExtractor : IKnowledgeExtractor
{
    // Old articles say "See article" where the product would be: it names nothing.
    private const string NoProduct = "See article";

    /// <inheritdoc />
    public void Extract(ExtractionContext context, KnowledgeRecordBuilder record)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(record);
        var article = context.Article;
        var catalog = context.Data.Catalog;
        var products = new List<ProductVersion>();
        var provenance = new List<Provenance>();
        var unknown = new List<string>();
        var seen = new HashSet<ProductVersion>();

        void Add(ProductVersion entry, Provenance where)
        {
            if (seen.Add(entry))
            {
                products.Add(entry);
                provenance.Add(where);
            }
        }

        var header = new Provenance(null, "header", article.HeaderSpan);
        var versions = article.Versions.Entries.Select(entry => entry.Version).Where(IsVersion).Distinct(StringComparer.Ordinal).ToList();
        foreach (var name in article.Products)
        {
            // "See article": the archive files such articles under a folder its keywords name (mspl13_basic).
            var product = name.Equals(NoProduct, StringComparison.OrdinalIgnoreCase)
                ? article.Keywords.Select(catalog.ForCategory).LastOrDefault(found => found is not null)
                : catalog.Identify(name);
            if (product is null && name.Equals(NoProduct, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (product is null)
            {
                unknown.Add(name);
            }

            foreach (var version in versions.DefaultIfEmpty())
            {
                Add(new ProductVersion(product?.Id, product?.Name ?? name, version), header);
            }
        }

        foreach (var entry in article.AppliesTo)
        {
            var (name, versionText) = SplitAppliesTo(entry.Text);
            if (name.Length == 0 || name.EndsWith(':'))
            {
                // A line that heads the items below it ("The C Run-Time (CRT), included with:") names no product itself.
                continue;
            }

            var product = catalog.Identify(name);
            if (product is null)
            {
                unknown.Add(name);
            }

            var listed = VersionNumber().Matches(versionText).Select(m => (string?)m.Value).ToList();
            foreach (var version in listed.Count > 0 ? listed : [null])
            {
                Add(new ProductVersion(product?.Id, product?.Name ?? name, version), new Provenance(null, "applies-to", entry.Span));
            }
        }

        var keywordSource = new Provenance(null, "keywords", article.TrailerSpan ?? article.HeaderSpan);
        foreach (var code in article.Keywords)
        {
            if (catalog.KeywordVersion(code) is { } named)
            {
                Add(new ProductVersion(named.Product.Id, named.Product.Name, named.Version), keywordSource);
            }
        }

        record.Applicability = new Applicability([.. products], [.. unknown.Distinct(StringComparer.OrdinalIgnoreCase)], [.. provenance]);
    }

    private static bool IsVersion(string text) => text.Length > 0 && char.IsAsciiDigit(text[0]);

    /// <summary>"Microsoft Exchange Server, versions 4.0, 5.0, 5.5" → the product and the version list; "the operating system: X" → X.</summary>
    private static (string Product, string Versions) SplitAppliesTo(string text)
    {
        var colon = text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? text.IndexOf(':', StringComparison.Ordinal) : -1;
        var rest = colon >= 0 ? text[(colon + 1)..].Trim() : text;
        var at = rest.IndexOf(" version", StringComparison.OrdinalIgnoreCase);
        return at < 0
            ? (rest.Trim(), string.Empty)
            : (rest[..at].Trim().TrimEnd(','), rest[(at + " version".Length)..].TrimStart('s'));
    }

    [GeneratedRegex(@"\b\d+(?:\.\d+)*[a-z]?\b(?:\s+SP\d+)?")]
    private static partial Regex VersionNumber();
}
