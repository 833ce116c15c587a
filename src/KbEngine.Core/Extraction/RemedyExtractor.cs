using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using KbEngine.Core.Knowledge;
using KbEngine.Core.Model;

namespace KbEngine.Core.Extraction;

/// <summary>
/// Reads RESOLUTION and WORKAROUND: their sentences, their ordered steps with nested content,
/// "repeat steps 1 through 4 for …" loops, and "obtain the latest service pack" fix actions.
/// </summary>
public sealed partial class RemedyExtractor : IKnowledgeExtractor
{
    /// <inheritdoc />
    public void Extract(ExtractionContext context, KnowledgeRecordBuilder record)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(record);
        var defaultProduct = record.Applicability.Products.FirstOrDefault()?.Product;
        if (context.Section("RESOLUTION") is { } resolution)
        {
            record.Resolution = Read(context, resolution, defaultProduct);
        }

        if (context.Section("WORKAROUND") is { } workaround)
        {
            record.Workaround = Read(context, workaround, defaultProduct);
        }
    }

    private static Remedy Read(ExtractionContext context, Section section, string? defaultProduct)
    {
        var blocks = section.Blocks.Concat(section.Subsections.SelectMany(sub => sub.Blocks)).ToList();
        var steps = blocks.OfType<StepList>().FirstOrDefault();
        var text = blocks
            .OfType<Paragraph>()
            .SelectMany(paragraph => BlockSentences.Of(paragraph, section.Heading))
            .ToImmutableArray();
        var actions = steps is null
            ? []
            : steps.Items.Select(item => Step(section, item, context.Data.Catalog, defaultProduct)).ToImmutableArray();
        var fix = text.Select(sentence => Fix(sentence.Text, context.Data.Catalog, defaultProduct)).FirstOrDefault(found => found is not null);
        return new Remedy(text, actions, fix);
    }

    private static ActionStep Step(Section section, ListItem item, ProductCatalog catalog, string? defaultProduct)
    {
        var loop = Repeat().Match(item.Content) is { Success: true } repeat
            ? new StepLoop(
                int.Parse(repeat.Groups["from"].Value, CultureInfo.InvariantCulture),
                int.Parse(repeat.Groups["to"].Value, CultureInfo.InvariantCulture),
                repeat.Groups["over"].Value.Trim().TrimEnd('.'))
            : null;
        return new ActionStep(
            item.Number,
            item.Content,
            [.. item.Blocks.Select(block => block.Text.Length > 0 ? block.Text : string.Join('\n', block.Children.Select(child => child.Text)))],
            loop,
            Fix(item.Content, catalog, defaultProduct),
            ExtractionContext.Where(section, item));
    }

    /// <summary>"Obtain the latest service pack for Exchange Server 5.5", "install Service Pack 4": a fix action, or null.</summary>
    private static FixAction? Fix(string text, ProductCatalog catalog, string? defaultProduct)
    {
        if (LatestServicePack().Match(text) is { Success: true } latest)
        {
            var target = latest.Groups["for"].Value;
            var product = catalog.Find(target);
            var version = Version().Match(target);
            return new FixAction(product?.Product.Id, product?.Product.Name ?? defaultProduct ?? target.Trim(), version.Success ? version.Value : null, true, null, null);
        }

        if (Obtain().Match(text) is { Success: true } obtain)
        {
            var level = FixLevelReader.Read(obtain.Groups["what"].Value, catalog, defaultProduct).FirstOrDefault(l => l.ServicePack is not null || l.Release is not null);
            if (level.Product is not null)
            {
                return new FixAction(level.ProductId, level.Product, level.Version, false, level.ServicePack, level.Release);
            }
        }

        return null;
    }

    [GeneratedRegex(@"\brepeat steps? (?<from>\d+) (?:through|to|-|and) (?<to>\d+)\s+(?:for|on|with)\s+(?<over>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Repeat();

    [GeneratedRegex(@"\b(?:obtain|install|apply|download)\s+the\s+latest\s+(?:U\.S\.\s+)?service\s+pack(?:\s+for\s+(?<for>(?:[^.;,]|\.\d)+))?", RegexOptions.IgnoreCase)]
    private static partial Regex LatestServicePack();

    [GeneratedRegex(@"\b(?:obtain|install|apply|download)\s+(?<what>[^.;]*(?:Service\s+Pack|Service\s+Release|SP\d|SR-\d)[^.;]*)", RegexOptions.IgnoreCase)]
    private static partial Regex Obtain();

    [GeneratedRegex(@"\b\d+(?:\.\d+)+\b")]
    private static partial Regex Version();
}
