using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using KbEngine.Core.Compilation;
using KbEngine.Core.Evaluation;
using KbEngine.Core.Extraction;
using KbEngine.Core.Knowledge;
using KbEngine.Site.Search;
using KbEngine.Site.Views;
using Scriban.Runtime;

namespace KbEngine.Site;

/// <summary>
/// Builds the static troubleshooting site of a compiled knowledge base: article pages at the
/// archive's URLs, browse pages, decision tree pages, the diagnosis of an estate, search shards,
/// sitemap and 404, then checks every internal link.
/// </summary>
/// <remarks>
/// Everything is written into a temporary folder beside the output, which replaces the output
/// only when the build got to the end: a build that throws leaves the old site as it was.
/// </remarks>
public sealed class SiteBuilder
{
    /// <summary>Builds the site of <paramref name="knowledgeBase"/> as <paramref name="options"/> say.</summary>
    /// <param name="knowledgeBase">The compiled knowledge base; only its file is read by the workers, each through its own connection.</param>
    /// <param name="options">Where to write, the templates, the estate.</param>
    /// <param name="log">Where to say what each phase took, or null.</param>
    /// <param name="cancellationToken">Stops the build; the old site stays.</param>
    /// <exception cref="SiteBuildException">The templates are missing or broken, or a page failed to render.</exception>
    public static SiteReport Build(KnowledgeBase knowledgeBase, SiteOptions options, TextWriter? log = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var templates = TemplateSet.Load(options.TemplatesFolder); // before the output is touched: bad templates change nothing
        var output = Path.GetFullPath(options.OutputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? throw new SiteBuildException($"{output}: cannot write a site at the root of a drive");
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.building-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            var report = new SiteBuilder(knowledgeBase, options, templates, staging, log).Generate(cancellationToken);
            SwapIn(staging, output);
            return report with { Elapsed = clock.Elapsed };
        }
        catch (AggregateException e) when (e.Flatten().InnerExceptions.OfType<SiteBuildException>().FirstOrDefault() is { } failure)
        {
            // A page that fails in a parallel loop surfaces wrapped; the caller is told what failed, not how it ran.
            TryDelete(staging);
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
            throw;
        }
        catch
        {
            TryDelete(staging);
            throw;
        }
    }

    private readonly KnowledgeBase _knowledgeBase;
    private readonly SiteOptions _options;
    private readonly PageWriter _writer;
    private readonly TextWriter? _log;
    private readonly Stopwatch _phase = Stopwatch.StartNew();

    private SiteBuilder(KnowledgeBase knowledgeBase, SiteOptions options, TemplateSet templates, string staging, TextWriter? log)
    {
        _knowledgeBase = knowledgeBase;
        _options = options;
        _log = log;
        var site = new ScriptObject
        {
            ["title"] = options.Title,
            ["base_url"] = options.BaseUrl?.TrimEnd('/'),
            ["has_estate"] = options.Estate is not null,
            ["estate"] = options.Estate?.Topology.Name,
        };
        site.IsReadOnly = true;
        _writer = new PageWriter(staging, templates, site);
    }

    private SiteReport Generate(CancellationToken cancellationToken)
    {
        var summaries = _knowledgeBase.Summaries().ToList();
        var failures = _knowledgeBase.Failures().ToList();
        var tree = _knowledgeBase.Tree;
        var treePages = new TreePages(tree);
        Phase($"read {summaries.Count:N0} summaries, {failures.Count:N0} failures, {tree.Nodes.Length:N0} tree nodes");

        // Pass 1: what every article page needs from the others (who cites it), and the search index.
        var parsed = summaries.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var citations = new ConcurrentBag<(string Cited, int Document, string Citing)>();
        var search = new SearchIndexBuilder();
        search.Start(summaries);
        ParallelArticles.Run(
            _knowledgeBase.File,
            summaries,
            _options.Parallelism,
            () => search.CreatePart(),
            (kb, summary, part) =>
            {
                var record = kb.KnowledgeOf(summary.Document)!;
                foreach (var reference in record.References)
                {
                    if (reference.Id != summary.Id && parsed.Contains(reference.Id))
                    {
                        citations.Add((reference.Id, summary.Document, summary.Id));
                    }
                }

                part.Add(summary, record);
            },
            part => search.Merge(part),
            cancellationToken);
        var citedBy = citations.GroupBy(c => c.Cited, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.Document).Select(c => c.Citing).ToList(), StringComparer.Ordinal);
        var catalog = new SiteCatalog(summaries, failures, citedBy, treePages.LeafPlaces());
        Phase("read references and search terms");

        // Pass 2: the article pages, their raw text, and their verdicts for the estate.
        var view = new ArticleView(catalog, ArchiveIndexes.Embedded, KnowledgeData.Embedded.Catalog);
        var archiveMembers = new ConcurrentBag<(string Slug, int Document)>();
        var findings = new ConcurrentBag<(int Document, Finding Finding)>();
        var estate = _options.Estate;
        ParallelArticles.Run(
            _knowledgeBase.File,
            summaries,
            _options.Parallelism,
            () => 0,
            (kb, summary, _) =>
            {
                var article = kb.FindArticle(summary.Id)!;
                var record = kb.FindKnowledge(summary.Id)!;
                IReadOnlyList<Finding> verdicts = estate is not null
                    ? estate.Evaluator.Evaluate(record, estate.Topology, estate.Answers)
                    : [];
                foreach (var finding in verdicts)
                {
                    findings.Add((summary.Document, finding));
                }

                foreach (var index in ArchiveIndexes.Embedded.Of(article))
                {
                    archiveMembers.Add((index.Slug, summary.Document));
                }

                var url = SiteUrls.Article(article.Id);
                _writer.WritePage(url, ArticleView.Template, view.Build(article, record, verdicts), $"{article.Id}: {article.Title}");
                _writer.WriteFile(url + ArticleView.RawFile, kb.RawText(article.Id) ?? "");
            },
            _ => { },
            cancellationToken);
        var failed = WriteFailures(failures, parsed);
        Phase($"wrote {summaries.Count:N0} article pages and {failed:N0} failed ones");

        var byDocument = summaries.ToDictionary(s => s.Document);
        var estateFindings = findings.OrderBy(f => f.Document).Select(f => (byDocument[f.Document], f.Finding)).ToList();
        new IndexPages(_writer, catalog).Write(
            archiveMembers.GroupBy(m => m.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(m => byDocument[m.Document]).OrderBy(s => s.Document).ToList(), StringComparer.Ordinal),
            tree,
            treePages.UrlOf,
            estate,
            estateFindings);
        Phase("wrote the browse pages");

        treePages.Write(_writer, catalog);
        Phase($"wrote {treePages.Count:N0} tree pages");

        if (estate is not null)
        {
            new DiagnosisPage(_writer).Write(estate, estateFindings);
            Phase($"wrote the diagnosis ({estateFindings.Count:N0} findings)");
        }

        search.Write(_writer, summaries);
        _writer.WritePage(SiteUrls.Search, "search", new ListPage("Search", null, summaries.Count, []), "Search");
        Phase("wrote the search shards");

        // A server shows 404.html at any depth, so its links start from the site's own root, not from the file.
        _writer.WritePage(SiteUrls.NotFound, "404", new ListPage("Page not found", null, 0, []), "Page not found", RootPath(_options.BaseUrl));

        foreach (var asset in _writer.Templates.CopyAssets(_writer.Root))
        {
            _writer.NoteWritten(asset);
        }

        new SitemapWriter(_options.BaseUrl).Write(_writer);
        var broken = _writer.BrokenLinks();
        Phase($"checked the links ({broken.Count:N0} broken)");
        return new SiteReport(
            _writer.Pages,
            _writer.Files,
            summaries.Count + failed,
            [.. failures.Select(f => f.Diagnostic)],
            [.. broken],
            TimeSpan.Zero);
    }

    private static string RootPath(string? baseUrl) =>
        baseUrl is not null && Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) ? uri.AbsolutePath.TrimEnd('/') + "/" : "/";

    private int WriteFailures(IReadOnlyList<CompiledFailure> failures, HashSet<string> parsed)
    {
        var written = 0;
        foreach (var failure in failures)
        {
            // A duplicate id keeps the page of the article that parsed; the failure is still listed.
            if (failure.Id is not { } id || parsed.Contains(id))
            {
                continue;
            }

            var raw = System.Text.Encoding.UTF8.GetString(failure.Raw);
            var url = SiteUrls.Article(id);
            var title = FrontMatterTitle(raw) ?? id;
            _writer.WritePage(url, "failed", new FailedPage(id, title, failure.Diagnostic.ToString(), raw, ArticleView.RawFile), title);
            _writer.WriteFile(url + ArticleView.RawFile, raw);
            parsed.Add(id);
            written++;
        }

        return written;
    }

    private static string? FrontMatterTitle(string raw)
    {
        foreach (var line in raw.AsSpan().EnumerateLines())
        {
            if (line.StartsWith("title:", StringComparison.Ordinal))
            {
                return line[6..].Trim().Trim('"').ToString();
            }
        }

        return null;
    }

    private void Phase(string what)
    {
        _log?.WriteLine($"  {_phase.Elapsed.TotalSeconds,6:0.00} s  {what}");
        _phase.Restart();
    }

    /// <summary>Puts the finished staging folder in place of the output, keeping the old site until the new one is there.</summary>
    private static void SwapIn(string staging, string output)
    {
        string? old = null;
        if (Directory.Exists(output))
        {
            old = output + ".old-" + Guid.NewGuid().ToString("N");
            Directory.Move(output, old);
        }

        try
        {
            Directory.Move(staging, output);
        }
        catch
        {
            if (old is not null)
            {
                Directory.Move(old, output);
            }

            throw;
        }

        if (old is not null)
        {
            TryDelete(old);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; the build's outcome does not depend on it.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}
