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
    private readonly Dictionary<string, int> _status = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _unknownProducts = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _referenced = [];
    private readonly Dictionary<string, List<Knowledge.FixLevel>> _fixLevels = new(StringComparer.Ordinal);
    private readonly List<(Knowledge.FixLevel Level, string[] Listed)> _fixLists = [];
    private int _extracted, _symptoms, _cause, _resolution, _workaround, _fixLevel, _errorMessages, _withErrorMessages, _conditions, _bound, _loops, _unknown, _fixKeywords, _fixAgree, _fixSilent;

    /// <summary>Files read so far.</summary>
    public int ArticlesRead => _read;

    private readonly List<Tree.TreeLeaf> _leaves = [];

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
        _ids.Add(article.Id);
        if (result.Knowledge is { } knowledge)
        {
            AddKnowledge(knowledge);
            _leaves.Add(Tree.TreeLeaf.Of(article, knowledge));
        }

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
        Tree = _leaves.Count == 0 ? null : Tree.DecisionTreeBuilder.Build(_leaves).Statistics,
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
        Extraction = _extracted == 0 ? null : new ExtractionStatistics
        {
            Articles = _extracted,
            WithSymptoms = _symptoms,
            WithCause = _cause,
            WithResolution = _resolution,
            WithWorkaround = _workaround,
            WithFixLevel = _fixLevel,
            ByStatus = Ranked(_status),
            ErrorMessages = _errorMessages,
            WithErrorMessages = _withErrorMessages,
            Conditions = _conditions,
            BoundConditions = _bound,
            Loops = _loops,
            References = _referenced.Count,
            ResolvedReferences = _referenced.Count(_ids.Contains),
            WithUnknownProduct = _unknown,
            UnknownProducts = Ranked(_unknownProducts),
            WithFixKeywords = _fixKeywords,
            FixKeywordsAgreeWithText = _fixAgree,
            FixKeywordsTextSilent = _fixSilent,
            FixLists = _fixLists.Count,
            FixListEntries = _fixLists.Sum(list => list.Listed.Count(_ids.Contains)),
            FixListEntriesAgreeing = _fixLists.Sum(list => list.Listed.Count(id => _fixLevels.TryGetValue(id, out var levels)
                && levels.Any(level => level.Version == list.Level.Version && level.ServicePack == list.Level.ServicePack))),
        },
        Elapsed = _clock.Elapsed,
    };

    private void AddKnowledge(Knowledge.KnowledgeRecord knowledge)
    {
        _extracted++;
        _symptoms += knowledge.Symptoms.Length > 1 ? 1 : 0;
        _cause += knowledge.Cause.IsEmpty ? 0 : 1;
        _resolution += knowledge.Resolution is { } r && (!r.Text.IsEmpty || !r.Steps.IsEmpty) ? 1 : 0;
        _workaround += knowledge.Workaround is { } w && (!w.Text.IsEmpty || !w.Steps.IsEmpty) ? 1 : 0;
        var fromText = knowledge.FixedIn.Where(level => level.Provenance.Block != "keywords").ToList();
        var fromKeywords = knowledge.FixedIn.Where(level => level.Provenance.Block == "keywords").ToList();
        _fixLevel += fromText.Count > 0 ? 1 : 0;
        var status = knowledge.Status.ToString();
        _status[status] = _status.GetValueOrDefault(status) + 1;
        _errorMessages += knowledge.ErrorMessages.Length;
        _withErrorMessages += knowledge.ErrorMessages.IsEmpty ? 0 : 1;
        _conditions += knowledge.Conditions.Length;
        _bound += knowledge.Conditions.Count(condition => condition.IsBound);
        _loops += new[] { knowledge.Resolution, knowledge.Workaround }.Sum(remedy => remedy?.Steps.Count(step => step.Loop is not null) ?? 0);
        _referenced.AddRange(knowledge.References.Select(reference => reference.Id));
        _unknown += knowledge.Applicability.Unknown.IsEmpty ? 0 : 1;
        foreach (var name in knowledge.Applicability.Unknown)
        {
            _unknownProducts[name] = _unknownProducts.GetValueOrDefault(name) + 1;
        }

        if (knowledge.FixedIn.Length > 0)
        {
            _fixLevels[knowledge.ArticleId] = [.. knowledge.FixedIn];
        }

        if (knowledge.ListsFixesOf is { } listedLevel)
        {
            _fixLists.Add((listedLevel, [.. knowledge.References.Select(reference => reference.Id)]));
        }

        if (fromKeywords.Count > 0)
        {
            _fixKeywords++;
            _fixSilent += fromText.Count == 0 ? 1 : 0;
            _fixAgree += fromKeywords.All(k => fromText.Any(t => t.Version == k.Version && t.ServicePack == k.ServicePack && (t.ProductId is null || t.ProductId == k.ProductId))) && fromText.Count > 0 ? 1 : 0;
        }
    }

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
