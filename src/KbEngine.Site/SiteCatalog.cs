using System.Collections.Frozen;
using KbEngine.Core.Compilation;

namespace KbEngine.Site;

/// <summary>
/// What every page needs to know about the others, gathered once before pages are written:
/// which articles exist and their titles, who cites whom, where the tree offers each article.
/// </summary>
internal sealed class SiteCatalog
{
    public SiteCatalog(
        IReadOnlyList<ArticleSummary> summaries,
        IReadOnlyList<CompiledFailure> failures,
        IReadOnlyDictionary<string, List<string>> citedBy,
        IReadOnlyDictionary<string, string> treePlaces,
        Func<string, bool>? has = null)
    {
        Summaries = summaries;
        Failures = failures;
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var summary in summaries)
        {
            titles[summary.Id] = summary.Title;
        }

        foreach (var failure in failures)
        {
            if (failure.Id is { } id)
            {
                titles.TryAdd(id, id);
            }
        }

        Titles = titles.ToFrozenDictionary(StringComparer.Ordinal);
        _has = has;
        CitedBy = citedBy;
        TreePlaces = treePlaces;
    }

    public IReadOnlyList<ArticleSummary> Summaries { get; }

    public IReadOnlyList<CompiledFailure> Failures { get; }

    /// <summary>The title of every article that has a page (failed ones by their id).</summary>
    public FrozenDictionary<string, string> Titles { get; }

    /// <summary>The articles that cite each article, in content order.</summary>
    public IReadOnlyDictionary<string, List<string>> CitedBy { get; }

    /// <summary>The tree page (URL) that offers each article.</summary>
    public IReadOnlyDictionary<string, string> TreePlaces { get; }

    private readonly Func<string, bool>? _has;

    /// <summary>Whether the site has a page for the article; an incremental build can tell of every id but knows only some titles.</summary>
    public bool Has(string id) => _has?.Invoke(id) ?? Titles.ContainsKey(id);
}
