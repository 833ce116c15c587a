using System.Collections.Immutable;
using System.Diagnostics;
using KbEngine.Core.Diagnostics;
using KbEngine.Core.Model;
using KbEngine.Core.Parsing;

namespace KbEngine.Core.Statistics;

/// <summary>Counts what a stream of parse results contains; feed it with <see cref="Add"/>, read it with <see cref="Build"/>.</summary>
public sealed class CorpusStatisticsCollector
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Dictionary<string, int> _headings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _blockKinds = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _failures = [];
    private readonly HashSet<string> _articleHeadings = new(StringComparer.Ordinal);
    private readonly HashSet<string> _articleKinds = new(StringComparer.Ordinal);
    private int _read, _parsed, _warnings, _steps, _bullets, _references, _literal, _tables, _subsections, _freeText, _appliesTo, _trailer, _referenceLines;
    private long _bytes;

    /// <summary>Files read so far.</summary>
    public int ArticlesRead => _read;

    /// <summary>Bytes read so far.</summary>
    public long Bytes => _bytes;

    /// <summary>Counts one result.</summary>
    public void Add(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        _read++;
        _bytes += result.Bytes;
        _warnings += result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        if (result.Article is not { } article)
        {
            _failures.AddRange(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
            return;
        }

        _parsed++;
        _articleHeadings.Clear();
        _articleKinds.Clear();
        foreach (var section in article.Sections)
        {
            if (section.Heading is { } heading)
            {
                _articleHeadings.Add(heading);
            }

            _subsections += section.Subsections.IsEmpty ? 0 : 1;
            CountBlocks(section);
        }

        foreach (var heading in _articleHeadings)
        {
            _headings[heading] = _headings.GetValueOrDefault(heading) + 1;
        }

        _steps += _articleKinds.Contains("steps") ? 1 : 0;
        _bullets += _articleKinds.Contains("bullets") ? 1 : 0;
        _literal += _articleKinds.Contains("literal") ? 1 : 0;
        _tables += _articleKinds.Contains("table") ? 1 : 0;
        _references += article.References.IsEmpty ? 0 : 1;
        _referenceLines += article.References.Length;
        _freeText += article.IsFreeText ? 1 : 0;
        _appliesTo += article.AppliesTo.IsEmpty ? 0 : 1;
        _trailer += article.TrailerSpan is null ? 0 : 1;
    }

    /// <summary>The statistics of everything added so far.</summary>
    public CorpusStatistics Build() => new()
    {
        ArticlesRead = _read,
        Parsed = _parsed,
        Failed = _read - _parsed,
        Bytes = _bytes,
        Failures = [.. _failures],
        Warnings = _warnings,
        SectionsByHeading = Ranked(_headings),
        ArticlesWithSteps = _steps,
        ArticlesWithBullets = _bullets,
        ArticlesWithReferences = _references,
        ArticlesWithLiteralBlocks = _literal,
        ArticlesWithTables = _tables,
        ArticlesWithSubsections = _subsections,
        FreeTextArticles = _freeText,
        ArticlesWithAppliesTo = _appliesTo,
        ArticlesWithTrailer = _trailer,
        References = _referenceLines,
        BlocksByKind = Ranked(_blockKinds),
        Elapsed = _clock.Elapsed,
    };

    private void CountBlocks(Section section)
    {
        foreach (var block in section.Blocks)
        {
            CountBlock(block);
        }

        foreach (var subsection in section.Subsections)
        {
            CountBlocks(subsection);
        }
    }

    private void CountBlock(Block block)
    {
        _articleKinds.Add(block.Kind);
        _blockKinds[block.Kind] = _blockKinds.GetValueOrDefault(block.Kind) + 1;
        foreach (var child in block.Children)
        {
            CountBlock(child);
        }
    }

    private static ImmutableArray<KeyValuePair<string, int>> Ranked(Dictionary<string, int> counts) =>
        [.. counts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal)];
}
