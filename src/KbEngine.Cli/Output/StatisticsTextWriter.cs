using System.Globalization;
using KbEngine.Core.Statistics;

namespace KbEngine.Cli.Output;

/// <summary>Prints corpus statistics as an aligned report.</summary>
internal static class StatisticsTextWriter
{
    private const int TopHeadings = 25;

    public static void Write(TextWriter output, string content, CorpusStatistics stats)
    {
        var seconds = stats.Elapsed.TotalSeconds;
        Line(output, "Content", content);
        Line(output, "Articles read", $"{N(stats.ArticlesRead)} ({stats.Bytes / 1e6:F1} MB)");
        Line(output, "Parsed", N(stats.Parsed));
        Line(output, "Failed", N(stats.Failed));
        Line(output, "Warnings", N(stats.Warnings));
        Line(output, "Time", string.Create(CultureInfo.InvariantCulture, $"{seconds:F2} s ({stats.Bytes / 1e6 / Math.Max(seconds, 1e-9):F1} MB/s)"));
        output.WriteLine();
        Line(output, "Free-text articles", N(stats.FreeTextArticles));
        Line(output, "With applies-to list", N(stats.ArticlesWithAppliesTo));
        Line(output, "With trailer", N(stats.ArticlesWithTrailer));
        Line(output, "With steps", N(stats.ArticlesWithSteps));
        Line(output, "With bulleted lists", N(stats.ArticlesWithBullets));
        Line(output, "With literal blocks", N(stats.ArticlesWithLiteralBlocks));
        Line(output, "With tables", N(stats.ArticlesWithTables));
        Line(output, "With sub-sections", N(stats.ArticlesWithSubsections));
        Line(output, "With references", $"{N(stats.ArticlesWithReferences)} ({N(stats.References)} reference lines)");
        output.WriteLine();
        output.WriteLine("Blocks by kind:");
        foreach (var (kind, count) in stats.BlocksByKind)
        {
            output.WriteLine($"  {kind,-22}{N(count),12}");
        }

        output.WriteLine();
        output.WriteLine($"Sections by heading (articles; top {TopHeadings} of {N(stats.SectionsByHeading.Length)}, all with --json):");
        var top = stats.SectionsByHeading.Take(TopHeadings).ToList();
        var width = top.Select(pair => pair.Key.Length).DefaultIfEmpty(0).Max() + 2;
        foreach (var (heading, count) in top)
        {
            output.WriteLine($"  {heading.PadRight(width)}{N(count),10}");
        }

        if (stats.Extraction is { } e)
        {
            output.WriteLine();
            output.WriteLine("Extraction:");
            Line(output, "  With symptoms", Share(e.WithSymptoms, e.Articles));
            Line(output, "  With cause", Share(e.WithCause, e.Articles));
            Line(output, "  With resolution", Share(e.WithResolution, e.Articles));
            Line(output, "  With workaround", Share(e.WithWorkaround, e.Articles));
            Line(output, "  With fix level", Share(e.WithFixLevel, e.Articles));
            Line(output, "  Status", string.Join(", ", e.ByStatus.Select(pair => $"{pair.Key} {N(pair.Value)}")));
            Line(output, "  Error messages", $"{N(e.ErrorMessages)} in {Share(e.WithErrorMessages, e.Articles)}");
            Line(output, "  Conditions", $"{N(e.Conditions)}, bound {Share(e.BoundConditions, e.Conditions)}");
            Line(output, "  Step loops", N(e.Loops));
            Line(output, "  References", $"{N(e.References)}, in the content {Share(e.ResolvedReferences, e.References)}");
            Line(output, "  Unknown products", $"{Share(e.WithUnknownProduct, e.Articles)} ({string.Join(", ", e.UnknownProducts.Take(5).Select(pair => $"{pair.Key} {N(pair.Value)}"))})");
            Line(output, "  Fix keywords", $"{N(e.WithFixKeywords)} articles; text agrees {Share(e.FixKeywordsAgreeWithText, e.WithFixKeywords)}, text silent {Share(e.FixKeywordsTextSilent, e.WithFixKeywords)}");
            Line(output, "  Fix lists", $"{N(e.FixLists)} lists naming {N(e.FixListEntries)} articles of the content; their fix level agrees for {Share(e.FixListEntriesAgreeing, e.FixListEntries)}");
        }

        if (stats.Tree is { } tree)
        {
            output.WriteLine();
            output.WriteLine("Decision tree:");
            Line(output, "  Leaves", $"{N(tree.Leaves)} ({N(tree.Nodes)} nodes)");
            Line(output, "  Questions to a leaf", string.Create(CultureInfo.InvariantCulture, $"{tree.AverageQuestions:F1} on average, {tree.WorstQuestions} at worst (a choice among several answers counts one)"));
            Line(output, "  In yes/no questions", string.Create(CultureInfo.InvariantCulture, $"{tree.AverageYesNo:F1} on average, {tree.WorstYesNo:F1} at worst; lower bound log2(leaves) = {tree.LowerBound:F1}"));
        }

        if (!stats.Failures.IsEmpty)
        {
            output.WriteLine();
            output.WriteLine("Failures:");
            foreach (var failure in stats.Failures)
            {
                output.WriteLine($"  {failure}");
            }
        }
    }

    private static void Line(TextWriter output, string name, string value) => output.WriteLine($"{name + ":",-24}{value}");

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Share(int part, int whole) =>
        string.Create(CultureInfo.InvariantCulture, $"{N(part)} ({(whole == 0 ? 0 : 100.0 * part / whole):F1}%)");
}
