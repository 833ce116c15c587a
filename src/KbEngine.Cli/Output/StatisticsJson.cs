using KbEngine.Core.Statistics;

namespace KbEngine.Cli.Output;

/// <summary>The JSON shape of <c>kb stats --json</c>: counts as numbers, breakdowns as objects, time in seconds.</summary>
internal sealed class StatisticsJson(string content, CorpusStatistics stats)
{
    public string Content => content;

    public int ArticlesRead => stats.ArticlesRead;

    public int Parsed => stats.Parsed;

    public int Failed => stats.Failed;

    public long Bytes => stats.Bytes;

    public int Warnings => stats.Warnings;

    public double ElapsedSeconds => Math.Round(stats.Elapsed.TotalSeconds, 3);

    public IEnumerable<object> Failures => stats.Failures.Select(f => new { path = f.Path, line = f.Line, column = f.Column, message = f.Message });

    public int FreeTextArticles => stats.FreeTextArticles;

    public int ArticlesWithAppliesTo => stats.ArticlesWithAppliesTo;

    public int ArticlesWithTrailer => stats.ArticlesWithTrailer;

    public int ArticlesWithSteps => stats.ArticlesWithSteps;

    public int ArticlesWithBullets => stats.ArticlesWithBullets;

    public int ArticlesWithLiteralBlocks => stats.ArticlesWithLiteralBlocks;

    public int ArticlesWithTables => stats.ArticlesWithTables;

    public int ArticlesWithSubsections => stats.ArticlesWithSubsections;

    public int ArticlesWithReferences => stats.ArticlesWithReferences;

    public int References => stats.References;

    public Dictionary<string, int> BlocksByKind => new(stats.BlocksByKind);

    public Dictionary<string, int> SectionsByHeading => new(stats.SectionsByHeading);

    public KbEngine.Core.Tree.TreeStatistics? Tree => stats.Tree;

    public object? Extraction => stats.Extraction is not { } e ? null : new
    {
        articles = e.Articles,
        withSymptoms = e.WithSymptoms,
        withCause = e.WithCause,
        withResolution = e.WithResolution,
        withWorkaround = e.WithWorkaround,
        withFixLevel = e.WithFixLevel,
        byStatus = new Dictionary<string, int>(e.ByStatus),
        errorMessages = e.ErrorMessages,
        withErrorMessages = e.WithErrorMessages,
        conditions = e.Conditions,
        boundConditions = e.BoundConditions,
        boundShare = e.Conditions == 0 ? 0 : Math.Round((double)e.BoundConditions / e.Conditions, 4),
        loops = e.Loops,
        references = e.References,
        resolvedReferences = e.ResolvedReferences,
        withUnknownProduct = e.WithUnknownProduct,
        unknownProducts = new Dictionary<string, int>(e.UnknownProducts.Take(50)),
        fixKeywords = new { articles = e.WithFixKeywords, textAgrees = e.FixKeywordsAgreeWithText, textSilent = e.FixKeywordsTextSilent },
        fixLists = new { lists = e.FixLists, entries = e.FixListEntries, agreeing = e.FixListEntriesAgreeing },
    };
}
