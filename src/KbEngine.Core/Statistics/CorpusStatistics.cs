using System.Collections.Immutable;
using KbEngine.Core.Diagnostics;

namespace KbEngine.Core.Statistics;

/// <summary>What reading a corpus found: how many articles parsed or failed, and what they contain.</summary>
public sealed record CorpusStatistics
{
    /// <summary>Files read.</summary>
    public required int ArticlesRead { get; init; }

    /// <summary>Files read into an article.</summary>
    public required int Parsed { get; init; }

    /// <summary>Files that could not be read into an article.</summary>
    public required int Failed { get; init; }

    /// <summary>Bytes read.</summary>
    public required long Bytes { get; init; }

    /// <summary>Each failed file with the errors that stopped it.</summary>
    public required ImmutableArray<Diagnostic> Failures { get; init; }

    /// <summary>Warnings (articles that parsed with something unusual), counted.</summary>
    public required int Warnings { get; init; }

    /// <summary>How many articles have a section with each heading, most frequent first.</summary>
    public required ImmutableArray<KeyValuePair<string, int>> SectionsByHeading { get; init; }

    /// <summary>Articles with at least one numbered or lettered step list.</summary>
    public required int ArticlesWithSteps { get; init; }

    /// <summary>Articles with at least one bulleted list.</summary>
    public required int ArticlesWithBullets { get; init; }

    /// <summary>Articles with at least one reference line.</summary>
    public required int ArticlesWithReferences { get; init; }

    /// <summary>Articles with at least one literal (indented) block.</summary>
    public required int ArticlesWithLiteralBlocks { get; init; }

    /// <summary>Articles with at least one table.</summary>
    public required int ArticlesWithTables { get; init; }

    /// <summary>Articles with sub-sections.</summary>
    public required int ArticlesWithSubsections { get; init; }

    /// <summary>Articles with no section heading.</summary>
    public required int FreeTextArticles { get; init; }

    /// <summary>Articles with an applies-to list.</summary>
    public required int ArticlesWithAppliesTo { get; init; }

    /// <summary>Articles with a trailer.</summary>
    public required int ArticlesWithTrailer { get; init; }

    /// <summary>Reference lines found, all articles together.</summary>
    public required int References { get; init; }

    /// <summary>Blocks found, all articles together, by kind.</summary>
    public required ImmutableArray<KeyValuePair<string, int>> BlocksByKind { get; init; }

    /// <summary>The shape of the decision tree over the extracted records, when the read extracted knowledge.</summary>
    public Tree.TreeStatistics? Tree { get; init; }

    /// <summary>Extraction coverage, when the read extracted knowledge; null otherwise.</summary>
    public ExtractionStatistics? Extraction { get; init; }

    /// <summary>Wall-clock time of the whole read.</summary>
    public required TimeSpan Elapsed { get; init; }
}
