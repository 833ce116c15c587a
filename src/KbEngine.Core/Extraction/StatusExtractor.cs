using System.Globalization;
using System.Text.RegularExpressions;
using KbEngine.Core.Knowledge;

namespace KbEngine.Core.Extraction;

/// <summary>
/// Reads the fix levels and the status: "Microsoft has confirmed …", "This problem was first
/// corrected in Exchange Server 5.5 Service Pack 4", "… is by design", anywhere in the text, and
/// the fix-level keywords (<c>kbExchange550sp4Fix</c>).
/// </summary>
/// <remarks>
/// Every block of every section is looked at, so the blocks are screened with plain substring
/// searches first; only the few that mention a status are split into sentences and matched.
/// </remarks>
public sealed partial class StatusExtractor : IKnowledgeExtractor
{
    private static readonly System.Buffers.SearchValues<string> Screen = System.Buffers.SearchValues.Create(
        ["confirmed", "researching", "by design", "corrected", "fixed", "resolved"], StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public void Extract(ExtractionContext context, KnowledgeRecordBuilder record)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(record);
        var defaultProduct = record.Applicability.Products.FirstOrDefault()?.Product;
        bool confirmed = false, researching = false, byDesign = false, fixedStatement = false;
        foreach (var section in context.Article.Sections)
        {
            foreach (var block in context.BlocksOf(section))
            {
                var content = block.Prose;
                if (content is null || !content.AsSpan().ContainsAny(Screen))
                {
                    continue;
                }

                confirmed |= Confirmed().IsMatch(content);
                researching |= Researching().IsMatch(content);
                byDesign |= ByDesign().IsMatch(content);
                foreach (var sentence in BlockSentences.Of(block, section.Heading))
                {
                    foreach (var (phrase, named) in FixLevelReader.FixPhrases(sentence.Text))
                    {
                        var levels = FixLevelReader.Read(phrase, context.Data.Catalog, defaultProduct);
                        fixedStatement |= named || levels.Count > 0;
                        foreach (var level in levels)
                        {
                            // The same level said twice (with and without the product's name) is one level.
                            if (!record.FixedIn.Any(known => known.Version == level.Version && known.ServicePack == level.ServicePack
                                && known.Release == level.Release && (known.ProductId is null || level.ProductId is null || known.ProductId == level.ProductId)))
                            {
                                record.FixedIn.Add(new FixLevel(level.ProductId, level.Product, level.Version, level.ServicePack, level.Release, sentence.Provenance));
                            }
                        }
                    }
                }
            }
        }

        AddKeywordLevels(context, record);
        if (FixList().Match(context.Article.Title) is { Success: true } list
            && FixLevelReader.Read(list.Groups["what"].Value, context.Data.Catalog, defaultProduct) is [var listed, ..])
        {
            record.ListsFixesOf = new FixLevel(listed.ProductId, listed.Product, listed.Version, listed.ServicePack, listed.Release,
                new Provenance(null, "title", context.Article.HeaderSpan));
        }


        // "Corrected in the latest service pack" is a fix even when no level can be named.
        record.Status = fixedStatement ? ArticleStatus.Fixed
            : confirmed ? ArticleStatus.Confirmed
            : researching ? ArticleStatus.Researching
            : byDesign ? ArticleStatus.ByDesign
            : ArticleStatus.None;
    }

    /// <summary>
    /// Keywords such as kbExchange550sp4Fix state fix levels too; they are kept apart (provenance
    /// "keywords") so that the text and the keywords can be checked against each other.
    /// </summary>
    private static void AddKeywordLevels(ExtractionContext context, KnowledgeRecordBuilder record)
    {
        var keywords = new Provenance(null, "keywords", context.Article.TrailerSpan ?? context.Article.HeaderSpan);
        foreach (var code in context.Article.Keywords)
        {
            if (!code.Contains("fix", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var fix in context.Data.Catalog.FixKeywords)
            {
                if (fix.Pattern.Match(code) is not { Success: true } match)
                {
                    continue;
                }

                var version = match.Result(fix.Version);
                var servicePack = fix.ServicePack is { } sp && int.TryParse(match.Result(sp), CultureInfo.InvariantCulture, out var number) ? number : (int?)null;
                if (!record.FixedIn.Any(known => known.Provenance.Block == "keywords" && known.ProductId == fix.Product.Id && known.Version == version && known.ServicePack == servicePack))
                {
                    record.FixedIn.Add(new FixLevel(fix.Product.Id, fix.Product.Name, version, servicePack, null, keywords));
                }

                break;
            }
        }
    }

    [GeneratedRegex(@"\bMicrosoft has confirmed (?:that )?(?:this|these|it)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Confirmed();

    [GeneratedRegex(@"\bList of (?:Bugs|Fixes|Problems|Issues)\s+(?:That Are\s+)?(?:Fixed|Corrected|Resolved) (?:in|by) (?<what>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex FixList();

    [GeneratedRegex(@"\bMicrosoft is researching\b", RegexOptions.IgnoreCase)]
    private static partial Regex Researching();

    [GeneratedRegex(@"\b(?:is|are|was) by design\b", RegexOptions.IgnoreCase)]
    private static partial Regex ByDesign();
}
