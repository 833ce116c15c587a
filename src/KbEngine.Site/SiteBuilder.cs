using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Hashing;
using System.Text;
using KbEngine.Core.Compilation;
using KbEngine.Core.Evaluation;
using KbEngine.Core.Extraction;
using KbEngine.Core.Knowledge;
using KbEngine.Core.Model;
using KbEngine.Site.Output;
using KbEngine.Site.Search;
using KbEngine.Site.Views;
using Newtonsoft.Json;
using Scriban.Runtime;

namespace KbEngine.Site;

/// <summary>
/// Builds the static troubleshooting site of a compiled knowledge base: article pages at the
/// archive's URLs, browse pages, decision tree pages, the diagnosis of an estate, search shards,
/// sitemap and 404, then checks every internal link.
/// </summary>
/// <remarks>
/// <para>
/// Nothing in the output folder changes until every page has rendered (see <see cref="SiteOutput"/>):
/// a build that throws leaves the old site as it was.
/// </para>
/// <para>
/// A build leaves its state beside the output (see <see cref="SiteState"/>). When the next build
/// finds the same templates and options and a knowledge base that was only updated in place since
/// (see <see cref="KnowledgeBaseCompiler.Update"/>), it renders only what depends on the articles
/// that changed: their pages, the pages that cite them or that they cite, the tree pages the
/// update rewrote, the search shards that hold their words, and the browse pages when what those
/// show of them changed. Otherwise it renders everything, and still writes only the files whose
/// bytes changed.
/// </para>
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
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ListPageSize, 1, nameof(options));
        var clock = Stopwatch.StartNew();
        var templates = TemplateSet.Load(options.TemplatesFolder); // before the output is touched: bad templates change nothing
        var output = Path.GetFullPath(options.OutputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var inputs = Inputs(templates, options);
        using var previous = SiteState.TryOpen(output);
        var incremental = !options.Rebuild && previous is not null && previous.Inputs == inputs && previous.Identity == knowledgeBase.Identity && previous.Generation <= knowledgeBase.Generation;
        var site = SiteOutput.Begin(output, previous, keepPrevious: incremental);
        incremental &= site.InPlace;
        try
        {
            var builder = new SiteBuilder(knowledgeBase, options, templates, site, log);
            var report = incremental ? builder.Update(previous!, output, cancellationToken) : builder.Generate(cancellationToken);
            site.Commit((files, gone) => new SiteStateChange(
                inputs, knowledgeBase.Identity, knowledgeBase.Generation, site.FileCount, files, gone,
                [.. builder._writer.PageUrls()], builder._pagesGone, builder._traces, builder._listPages, builder._listPagesGone));
            builder.Phase($"put {site.Written:N0} new or changed files in place");
            return report with { Elapsed = clock.Elapsed, Written = site.Written, Incremental = incremental };
        }
        catch (AggregateException e) when (e.Flatten().InnerExceptions.OfType<SiteBuildException>().FirstOrDefault() is { } failure)
        {
            // A page that fails in a parallel loop surfaces wrapped; the caller is told what failed, not how it ran.
            site.Abandon();
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
            throw;
        }
        catch
        {
            site.Abandon();
            throw;
        }
    }

    private readonly KnowledgeBase _knowledgeBase;
    private readonly SiteOptions _options;
    private readonly PageWriter _writer;
    private readonly TextWriter? _log;
    private readonly Stopwatch _phase = Stopwatch.StartNew();
    // What the pages of others show of each article rendered: all of them for a whole build.
    private readonly ConcurrentDictionary<string, ArticleTraces> _traces = new(StringComparer.Ordinal);
    private List<string> _pagesGone = [];
    // The pages of browse lists written, with their members, and those deleted.
    private readonly ConcurrentBag<ListPageMembers> _listPages = [];
    private readonly List<string> _listPagesGone = [];

    private SiteBuilder(KnowledgeBase knowledgeBase, SiteOptions options, TemplateSet templates, SiteOutput output, TextWriter? log)
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
        _writer = new PageWriter(output, templates, site);
    }

    /// <summary>Renders every page.</summary>
    private SiteReport Generate(CancellationToken cancellationToken)
    {
        // The tree (a second of reading) is read on a connection of its own while the summaries are.
        var treeRead = Task.Run(() =>
        {
            using var reader = KnowledgeBase.Open(_knowledgeBase.File);
            var tree = reader.Tree;
            return (Tree: tree, Pages: new TreePages(tree));
        }, cancellationToken);
        var summaries = _knowledgeBase.Summaries().ToList();
        var failures = _knowledgeBase.Failures().ToList();
        var citations = _knowledgeBase.Citations().ToList();
        var (tree, treePages) = treeRead.GetAwaiter().GetResult();
        var treeRoot = tree.Root;
        var parsed = summaries.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var citedBy = CitedBy(citations, parsed);
        var cites = citations.ToDictionary(c => c.Id, c => c.Cites, StringComparer.Ordinal);
        var catalog = new SiteCatalog(summaries, failures, citedBy, treePages.LeafPlaces());
        Phase($"read {summaries.Count:N0} summaries and citations, {failures.Count:N0} failures, {tree.Nodes.Length:N0} tree nodes");

        // The article pages, their raw text, their verdicts for the estate, and their search terms.
        var view = new ArticleView(catalog, ArchiveIndexes.Embedded, KnowledgeData.Embedded.Catalog);
        var findings = new ConcurrentBag<(int Document, int Order, Finding Finding)>();
        var search = new SearchIndexBuilder();
        search.Start(summaries);
        ParallelArticles.Run(
            _knowledgeBase.File,
            summaries,
            _options.Parallelism,
            () => search.CreatePart(),
            (kb, summary, part) =>
            {
                var (article, record, raw) = kb.Load(summary.Document)!.Value;
                part.Add(summary, record);
                var archiveIndexes = WriteArticle(view, summary, article, record, raw, findings);
                _traces[summary.Id] = new ArticleTraces(Listing(summary), catalog.TreePlaces.GetValueOrDefault(summary.Id), cites[summary.Id], archiveIndexes, IndexPages.ListsOf(summary), Empty);
            },
            part => search.Merge(part),
            cancellationToken);
        var failed = WriteFailures(failures, parsed);
        Phase($"wrote {summaries.Count:N0} article pages and {failed:N0} failed ones");

        var estateFindings = Findings(summaries.ToDictionary(s => s.Document), findings);
        // Independent of each other, and each with long serial stretches (the list of 7,593
        // articles, the search shards written one by one) that the others' pages fill.
        IReadOnlyDictionary<string, string> shardOf = new Dictionary<string, string>();
        Parallel.Invoke(
            new ParallelOptions { CancellationToken = cancellationToken },
            () => WriteIndexes(catalog, treeRoot, treePages, estateFindings, id => _traces.GetValueOrDefault(id)?.ArchiveIndexes ?? []),
            () => treePages.Write(_writer, catalog),
            () => shardOf = search.Write(_writer, summaries));
        Phase($"wrote the browse pages, {treePages.Count:N0} tree pages and the search shards");

        if (_options.Estate is { } estate)
        {
            new DiagnosisPage(_writer).Write(estate, estateFindings);
            Phase($"wrote the diagnosis ({estateFindings.Count:N0} findings)");
        }

        Parallel.For(0, summaries.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var id = summaries[i].Id;
            _traces[id] = _traces[id] with { SearchShards = SearchIndexPatch.PostingHashes(search.TermsOf(i), term => shardOf[term]) };
        });

        Phase("hashed each article's postings per search shard");
        _writer.WritePage(SiteUrls.Search, "search", new ListPage("Search", null, summaries.Count, []), "Search");

        // A server shows 404.html at any depth, so its links start from the site's own root, not from the file.
        _writer.WritePage(SiteUrls.NotFound, "404", new ListPage("Page not found", null, 0, []), "Page not found", RootPath(_options.BaseUrl));
        foreach (var (relative, file) in _writer.Templates.Assets())
        {
            _writer.Output.Write(relative, File.ReadAllBytes(file));
        }

        new SitemapWriter(_options.BaseUrl).Write(_writer, _writer.PageUrls().ToHashSet(StringComparer.Ordinal));
        return Finish(summaries.Count + failed, failures);
    }

    /// <summary>Renders what depends on the articles the knowledge base changed since <paramref name="previous"/>'s build.</summary>
    /// <remarks>Reads only what those pages show: no list of every article, citation or tree node unless the tree or a listing changed.</remarks>
    private SiteReport Update(SiteState previous, string liveSite, CancellationToken cancellationToken)
    {
        var changed = _knowledgeBase.SummariesChangedSince(previous.Generation).ToList();
        var changedNodes = _knowledgeBase.TreeNodesChangedSince(previous.Generation).ToHashSet(StringComparer.Ordinal);
        var failures = _knowledgeBase.Failures().ToList();
        var failed = failures.Select(f => f.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        // Articles are looked up one by one: the pages rendered name a few dozen, reading all 60,000 ids took 0.1 s.
        // The rendering threads ask too, and the knowledge base is one connection: hence the lock.
        var documentOf = new Dictionary<string, int?>(StringComparer.Ordinal);
        int? DocumentOf(string id)
        {
            lock (documentOf)
            {
                if (!documentOf.TryGetValue(id, out var document))
                {
                    documentOf[id] = document = _knowledgeBase.DocumentOf(id);
                }

                return document;
            }
        }

        bool Parsed(string id) => DocumentOf(id) is not null;
        var was = changed.ToDictionary(s => s.Id, s => previous.Article(s.Id), StringComparer.Ordinal);
        var changedCites = _knowledgeBase.Citations([.. changed.Select(s => s.Document)]);
        // The tree's outline gives every page its URL: read only when the update rewrote some of the tree.
        var treeNodes = new Dictionary<string, Core.Tree.TreeNode>(StringComparer.Ordinal);
        var treePages = changedNodes.Count > 0 ? ReadTreePages(changedNodes, treeNodes) : null;
        Phase($"{changed.Count:N0} articles and {changedNodes.Count:N0} tree nodes changed since generation {previous.Generation}");

        // The pages that show something of a changed article: its own, those it cites or no longer
        // cites ("cited by"), those that cite it when its title changed, and those the tree moved.
        var render = new HashSet<string>(changed.Select(s => s.Id), StringComparer.Ordinal);
        var retitled = new List<ArticleSummary>();
        var listingsChanged = _options.Estate is not null; // the diagnosis and the home page count every article's verdicts
        foreach (var summary in changed)
        {
            var old = was[summary.Id];
            var now = changedCites[summary.Document];
            render.UnionWith((old?.Cites ?? []).Except(now, StringComparer.Ordinal).Concat(now.Except(old?.Cites ?? [], StringComparer.Ordinal)).Where(Parsed));
            if (old is null || old.Listing != Listing(summary))
            {
                retitled.Add(summary);
                listingsChanged = true;
                render.UnionWith(now.Where(Parsed));
                render.UnionWith(_knowledgeBase.CitedBy(summary.Id));
            }
        }

        foreach (var node in changedNodes)
        {
            if (treeNodes.GetValueOrDefault(node) is { Kind: Core.Tree.TreeNodeKind.Leaf, ArticleId: { } article } && Parsed(article))
            {
                render.Add(article);
            }
        }

        // What those pages show of others: titles of what they cite and what cites them, and where the tree offers them.
        var rendered = render.ToDictionary(id => DocumentOf(id)!.Value, id => id);
        var cites = _knowledgeBase.Citations(rendered.Keys).ToDictionary(c => rendered[c.Key], c => c.Value, StringComparer.Ordinal);
        var citedBy = render.ToDictionary(id => id, id => _knowledgeBase.CitedBy(id).ToList(), StringComparer.Ordinal);
        var traces = render.ToDictionary(id => id, id => was.GetValueOrDefault(id) ?? previous.Article(id), StringComparer.Ordinal);
        var places = render.Select(id => (Id: id, Place: treePages is not null ? treePages.PlaceOf(id) : traces[id]?.Place))
            .Where(p => p.Place is not null).ToDictionary(p => p.Id, p => p.Place!, StringComparer.Ordinal);
        var needed = render.Concat(render.SelectMany(id => cites[id])).Concat(render.SelectMany(id => citedBy[id]))
            .Select(DocumentOf).OfType<int>().ToHashSet();
        var summaries = _knowledgeBase.Summaries(needed).Values.OrderBy(s => s.Document).ToList();
        var catalog = new SiteCatalog(summaries, failures, citedBy, places, id => Parsed(id) || failed.Contains(id));
        var view = new ArticleView(catalog, ArchiveIndexes.Embedded, KnowledgeData.Embedded.Catalog);
        var positions = changed.ToDictionary(s => s.Document, s => s.Document);
        var terms = new ConcurrentDictionary<int, (string Term, int Weight)[]>();
        ParallelArticles.Run(
            _knowledgeBase.File,
            [.. summaries.Where(s => render.Contains(s.Id))],
            _options.Parallelism,
            () => new SearchIndexPart(positions),
            (kb, summary, part) =>
            {
                var (article, record, raw) = kb.Load(summary.Document)!.Value;
                var archiveIndexes = WriteArticle(view, summary, article, record, raw, findings: null);
                var id = summary.Id;
                var old = traces[id];
                if (was.ContainsKey(id))
                {
                    part.Add(summary, record);
                    _traces[id] = new ArticleTraces(Listing(summary), places.GetValueOrDefault(id), cites[id], archiveIndexes, IndexPages.ListsOf(summary), old?.SearchShards ?? Empty);
                }
                else if (old is not null && old.Place != places.GetValueOrDefault(id))
                {
                    _traces[id] = old with { Place = places.GetValueOrDefault(id) };
                }
            },
            part =>
            {
                foreach (var (position, documentTerms) in part.Documents)
                {
                    terms[position] = documentTerms;
                }
            },
            cancellationToken);
        listingsChanged |= changed.Any(s => was[s.Id] is not { } old || !old.ArchiveIndexes.SequenceEqual(_traces[s.Id].ArchiveIndexes, StringComparer.Ordinal));
        Phase($"wrote {render.Count:N0} article pages");

        // Articles keep their numbers in an update in place: a document's number is its position in the search index.
        var shards = new SearchIndexPatch(liveSite, _writer).Apply(
            [.. changed.Select(s => (s.Document, was[s.Id]?.SearchShards ?? Empty, terms.GetValueOrDefault(s.Document) ?? []))]);
        foreach (var summary in changed)
        {
            _traces[summary.Id] = _traces[summary.Id] with { SearchShards = shards[summary.Document] };
        }

        foreach (var shard in retitled.Select(s => s.Document / SearchIndexBuilder.DocumentsPerShard).Distinct())
        {
            var first = shard * SearchIndexBuilder.DocumentsPerShard;
            var members = Enumerable.Range(first, Math.Min(SearchIndexBuilder.DocumentsPerShard, _knowledgeBase.ArticleCount - first)).ToList();
            var titles = _knowledgeBase.Summaries(members);
            _writer.WriteFile(SearchIndexBuilder.DocumentShardFile(shard), JsonConvert.SerializeObject(members.Select(d => new[] { titles[d].Id, titles[d].Title })));
        }

        Phase($"patched the search shards of {changed.Count:N0} articles");

        // Tree pages: those the update rewrote are rendered, those it removed deleted.
        HashSet<string>? pages = null;
        if (treePages is not null)
        {
            pages = previous.Pages();
            var treeUrls = treePages.PageUrls().ToHashSet(StringComparer.Ordinal);
            _pagesGone = [.. pages.Where(url => url.StartsWith(SiteUrls.Tree, StringComparison.Ordinal) && !treeUrls.Contains(url))];
            foreach (var url in _pagesGone)
            {
                _writer.Output.Delete(SiteUrls.FileOf(url));
            }

            treePages.Write(_writer, catalog, changedNodes.Contains);
            Phase($"wrote the tree pages of {changedNodes.Count:N0} changed nodes, deleted {_pagesGone.Count:N0}");
        }

        if (listingsChanged && !ListsChanged(changed, was) && WriteListsOf(changed, previous))
        {
            Phase($"wrote the {_listPages.Count:N0} pages of browse lists that show the changed articles");
        }
        else if (listingsChanged)
        {
            // The browse pages list summaries and link the tree's first answers; what cites what and where the tree offers each article is for article pages only.
            var all = _knowledgeBase.Summaries().ToList();
            treePages ??= ReadTreePages([], treeNodes);
            var everything = new SiteCatalog(all, failures, new Dictionary<string, List<string>>(), new Dictionary<string, string>());
            var estateFindings = new List<(ArticleSummary Summary, Finding Finding)>();
            if (_options.Estate is { } estate)
            {
                var documents = _knowledgeBase.Documents();
                estateFindings = [.. _knowledgeBase.EvaluableRecords().SelectMany(r => estate.Evaluator.Evaluate(r, estate.Topology, estate.Answers)).Select(f => (Summary: everything.Summaries[documents[f.ArticleId]], Finding: f))];
            }

            var archive = previous.ArchiveIndexes();
            var lists = ListsToWrite(changed, was);
            WriteIndexes(everything, treeNodes["root"], treePages, estateFindings, id => _traces.GetValueOrDefault(id)?.ArchiveIndexes ?? archive.GetValueOrDefault(id) ?? [], lists is null ? null : lists.Contains);

            // A list that got shorter has fewer pages, one that lost every article none: their pages beyond are deleted.
            var written = _listPages.Select(p => p.Url).ToHashSet(StringComparer.Ordinal);
            foreach (var url in previous.ListPageUrls(lists).Where(url => !written.Contains(url)).Order(StringComparer.Ordinal))
            {
                _writer.Output.Delete(SiteUrls.FileOf(url));
                _pagesGone.Add(url);
                _listPagesGone.Add(url);
            }

            if (_options.Estate is { } diagnosed)
            {
                new DiagnosisPage(_writer).Write(diagnosed, estateFindings);
            }

            Phase("wrote the browse pages");
        }

        // The sitemap lists every page: written again only when a page came or went.
        if (_pagesGone.Count > 0 || _writer.PageUrls().Any(url => previous.HashOf(SiteUrls.FileOf(url)) is null))
        {
            pages ??= previous.Pages();
            pages.ExceptWith(_pagesGone);
            pages.UnionWith(_writer.PageUrls());
            new SitemapWriter(_options.BaseUrl).Write(_writer, pages);
        }

        return Finish(_knowledgeBase.ArticleCount + failed.Count(id => !Parsed(id)), failures);
    }

    /// <summary>The tree's pages from its outline, with the nodes above <paramref name="changedNodes"/> (and the root) read whole into <paramref name="treeNodes"/>.</summary>
    private TreePages ReadTreePages(IEnumerable<string> changedNodes, Dictionary<string, Core.Tree.TreeNode> treeNodes)
    {
        var treePages = new TreePages(_knowledgeBase.TreeOutline(), id => treeNodes.GetValueOrDefault(id));
        foreach (var id in treePages.Above(changedNodes).Append("root"))
        {
            if (_knowledgeBase.TreeNode(id) is { } node)
            {
                treeNodes[id] = node;
            }
        }

        return treePages;
    }

    private static readonly IReadOnlyDictionary<string, ulong> Empty = new Dictionary<string, ulong>(StringComparer.Ordinal);

    private SiteReport Finish(int articles, IReadOnlyList<CompiledFailure> failures)
    {
        var broken = _writer.BrokenLinks();
        Phase($"checked the links of {_writer.Pages:N0} pages ({broken.Count:N0} broken)");
        return new SiteReport(_writer.Pages, _writer.Output.FileCount, articles, [.. failures.Select(f => f.Diagnostic)], [.. broken], TimeSpan.Zero);
    }

    /// <summary>Writes an article's page (its raw text folded in); returns the archive lists it is on.</summary>
    private string[] WriteArticle(ArticleView view, ArticleSummary summary, Article article, KnowledgeRecord record, string raw, ConcurrentBag<(int Document, int Order, Finding Finding)>? findings)
    {
        var estate = _options.Estate;
        IReadOnlyList<Finding> verdicts = estate is not null ? estate.Evaluator.Evaluate(record, estate.Topology, estate.Answers) : [];
        for (var i = 0; i < verdicts.Count; i++)
        {
            findings?.Add((summary.Document, i, verdicts[i])); // the bag's order is the threads'; the evaluator's order is kept by number
        }

        var url = SiteUrls.Article(article.Id);
        _writer.WritePage(url, ArticleView.Template, view.Build(article, record, verdicts, raw), $"{article.Id}: {article.Title}");
        return [.. ArchiveIndexes.Embedded.Of(article).Select(i => i.Slug)];
    }

    /// <summary>
    /// Whether a browse list gained or lost an article, or the lists count something else of every
    /// article (an estate's verdicts): then home and browse, which count them, are written again.
    /// </summary>
    private bool ListsChanged(List<ArticleSummary> changed, Dictionary<string, ArticleTraces?> was) =>
        _options.Estate is not null || changed.Any(s => was[s.Id] is not { } old
            || !old.Lists.SequenceEqual(_traces[s.Id].Lists, StringComparer.Ordinal)
            || !old.ArchiveIndexes.SequenceEqual(_traces[s.Id].ArchiveIndexes, StringComparer.Ordinal));

    /// <summary>
    /// Writes again the pages of the browse lists that show the changed articles, when they stayed on
    /// the same lists (a title changed): a list's order does not depend on titles, so each stays on
    /// its page and only that page changes; home and browse count the lists' articles and stay as
    /// they are. The pages and their members come from the build state and only those members are
    /// read: rendering the archive's whole lists of a title edit (25,000 items) took 0.7 s of a build
    /// that should take less than a second. False, writing nothing, when the state lacks a page.
    /// </summary>
    private bool WriteListsOf(List<ArticleSummary> changed, SiteState previous)
    {
        var shown = changed.SelectMany(s => IndexPages.ListsShowing(s, _traces[s.Id].ArchiveIndexes).Select(list => (List: list, s.Id))).ToList();
        var pages = previous.ListPagesShowing(shown.Select(p => (p.List.Url, p.Id)));
        if (pages.Count != shown.Count)
        {
            return false;
        }

        var lists = shown.Select(p => p.List).DistinctBy(l => l.Url).ToDictionary(l => l.Url, StringComparer.Ordinal);
        var members = _knowledgeBase.ListedSummaries([.. pages.SelectMany(p => p.Members).ToHashSet(StringComparer.Ordinal)]).ToDictionary(s => s.Id, StringComparer.Ordinal);
        if (pages.Any(p => p.Members.Any(id => !members.ContainsKey(id))))
        {
            return false;
        }

        var index = new IndexPages(_writer, new SiteCatalog([], [], new Dictionary<string, List<string>>(), new Dictionary<string, string>()), _options.ListPageSize, _listPages);
        Parallel.ForEach(pages.DistinctBy(p => p.Url), page => index.WritePage(lists[page.List], page.Number, page.Count, page.Total, [.. page.Members.Select(id => members[id])]));
        return true;
    }

    /// <summary>
    /// The browse lists an incremental build writes again: those the changed articles were on or are
    /// on now; all of them with an estate (the verdicts' counts) or when an article's lists are unknown.
    /// </summary>
    private HashSet<string>? ListsToWrite(List<ArticleSummary> changed, Dictionary<string, ArticleTraces?> was)
    {
        if (_options.Estate is not null || changed.Any(s => was[s.Id] is null))
        {
            return null;
        }

        var lists = changed.SelectMany(s => was[s.Id]!.Lists.Concat(_traces[s.Id].Lists)
                .Concat(was[s.Id]!.ArchiveIndexes.Concat(_traces[s.Id].ArchiveIndexes).Select(SiteUrls.ArchiveIndex)))
            .ToHashSet(StringComparer.Ordinal);
        return lists;
    }

    private void WriteIndexes(SiteCatalog catalog, Core.Tree.TreeNode treeRoot, TreePages treePages, IReadOnlyList<(ArticleSummary Summary, Finding Finding)> findings, Func<string, string[]> archiveIndexesOf, Func<string, bool>? only = null)
    {
        var archiveMembers = catalog.Summaries
            .SelectMany(s => archiveIndexesOf(s.Id).Select(slug => (Slug: slug, Summary: s)))
            .GroupBy(m => m.Slug, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(m => m.Summary).OrderBy(s => s.Document).ToList(), StringComparer.Ordinal);
        new IndexPages(_writer, catalog, _options.ListPageSize, _listPages).Write(archiveMembers, treeRoot, treePages.UrlOf, _options.Estate, findings, only);
    }

    private static List<(ArticleSummary Summary, Finding Finding)> Findings(Dictionary<int, ArticleSummary> byDocument, IEnumerable<(int Document, int Order, Finding Finding)> findings) =>
        [.. findings.OrderBy(f => f.Document).ThenBy(f => f.Order).Select(f => (byDocument[f.Document], f.Finding))];

    /// <summary>For each article, the articles that cite it, in content order.</summary>
    private static Dictionary<string, List<string>> CitedBy(IEnumerable<(int Document, string Id, string[] Cites)> citations, HashSet<string> parsed)
    {
        var citedBy = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (_, id, cites) in citations)
        {
            foreach (var cited in cites)
            {
                if (parsed.Contains(cited))
                {
                    if (!citedBy.TryGetValue(cited, out var list))
                    {
                        citedBy[cited] = list = [];
                    }

                    list.Add(id);
                }
            }
        }

        return citedBy;
    }

    /// <summary>A hash of what the browse pages and other articles' pages show of an article.</summary>
    private static ulong Listing(ArticleSummary summary) =>
        XxHash3.HashToUInt64(Encoding.UTF8.GetBytes($"{summary.Title}\n{string.Join(' ', summary.Products)}\n{summary.Area}\n{summary.IssueType}"));

    /// <summary>A hash of everything the pages depend on besides the knowledge base.</summary>
    private static string Inputs(TemplateSet templates, SiteOptions options)
    {
        var estate = options.Estate is { } e ? EstateKey(e) : "";
        var text = string.Join('\n', templates.Fingerprint(), options.Title, options.BaseUrl, options.ListPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture), estate, EngineBuild.Id, typeof(SiteBuilder).Assembly.ManifestModule.ModuleVersionId);
        return Convert.ToHexStringLower(XxHash3.Hash(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The estate as text in a fixed order: its attribute maps enumerate in a different order in every process.</summary>
    private static string EstateKey(SiteEstate estate)
    {
        static string Attributes(IEnumerable<KeyValuePair<string, Core.Topology.TopologyValue>> attributes) =>
            string.Join(',', attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={JsonConvert.SerializeObject(a.Value)}"));

        return string.Join('\n', [
            estate.Topology.Name ?? "",
            .. estate.Topology.Nodes.Select(n => $"node {n.Id} {n.Type} {Attributes(n.Attributes)}"),
            .. estate.Topology.Links.Select(l => $"link {l.Type} {l.From} {l.To} {Attributes(l.Attributes)}"),
            .. estate.Answers.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"answer {a.Key}={a.Value}"),
        ]);
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

            var raw = Encoding.UTF8.GetString(failure.Raw);
            var url = SiteUrls.Article(id);
            var title = FrontMatterTitle(raw) ?? id;
            _writer.WritePage(url, "failed", new FailedPage(id, title, failure.Diagnostic.ToString(), raw), title);
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
}
