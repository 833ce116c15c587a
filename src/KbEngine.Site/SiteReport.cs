using System.Collections.Immutable;
using KbEngine.Core.Diagnostics;

namespace KbEngine.Site;

/// <summary>What a build wrote and what went wrong: the summary <c>kb build</c> prints.</summary>
/// <param name="Pages">The HTML pages rendered.</param>
/// <param name="Files">Every file of the site (pages, raw texts, search shards, assets, sitemap).</param>
/// <param name="Articles">The article pages, failed articles included.</param>
/// <param name="Failures">The articles that did not parse, each rendered as its raw text.</param>
/// <param name="BrokenLinks">Internal links to files the build did not write.</param>
/// <param name="Elapsed">The wall time of the build.</param>
public sealed record SiteReport(int Pages, int Files, int Articles, ImmutableArray<Diagnostic> Failures, ImmutableArray<BrokenLink> BrokenLinks, TimeSpan Elapsed)
{
    /// <summary>The files whose bytes were written: new or changed since the last build.</summary>
    public int Written { get; init; }

    /// <summary>Whether only what depends on the articles changed since the last build was rendered.</summary>
    public bool Incremental { get; init; }
}
