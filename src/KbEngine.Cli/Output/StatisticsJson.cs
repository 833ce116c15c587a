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
}
