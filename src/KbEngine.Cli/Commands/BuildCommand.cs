using System.CommandLine;
using KbEngine.Site;

namespace KbEngine.Cli.Commands;

/// <summary><c>kb build</c>: the static troubleshooting site of the content, written atomically into <c>--out</c>.</summary>
internal sealed class BuildCommand : Command
{
    private readonly TopologyOptions _topology = new();
    private readonly Option<string> _out = new("--out") { Description = "The folder to write the site into. Nothing in it changes until every page has rendered; then only the files whose bytes changed are put in place.", DefaultValueFactory = _ => "site", HelpName = "DIR" };
    private readonly Option<string> _baseUrl = new("--base-url") { Description = "The absolute URL the site is published at, for sitemap.xml and canonical links.", HelpName = "URL" };
    private readonly Option<string> _templates = new("--templates") { Description = "A folder of Scriban templates and assets to use instead of the repository's templates/.", HelpName = "DIR" };
    private readonly Option<bool> _strict = new("--strict") { Description = "Exit with 1 when an article failed to parse (its page still shows its raw text)." };
    private readonly Option<bool> _rebuild = new("--rebuild")
    {
        Description = "Render every page. By default, when the knowledge base was only updated in place since the last build (same templates and options), only the pages that depend on the changed articles are rendered, as the last build's state (.DIR.kb-build beside the output) shows. Files whose bytes did not change are never rewritten.",
    };
    private readonly Option<bool> _watch = new("--watch")
    {
        Description = "After the build, keep running: each time an article of --content (which must be a folder) or a template changes, update the compiled " +
            "knowledge base and the site in place, as an incremental build does, without a process to start each time. Stop with Ctrl+C.",
    };

    private readonly ContentOption _content;

    public BuildCommand(ContentOption content)
        : base("build", "Build the static troubleshooting site: article pages at the archive's URLs, browse pages, the decision tree as pages, " +
            "search, and with --topology the diagnosis of your estate. After an article changed, only what depends on it is rendered again. " +
            "Ends with a summary and a check of the internal links of the pages rendered (exit code 1 when one is broken).")
    {
        _content = content;
        _topology.AddTo(this);
        Add(_out);
        Add(_baseUrl);
        Add(_templates);
        Add(_strict);
        Add(_rebuild);
        Add(_watch);
        SetAction(Execute);
    }

    private async Task<int> Execute(ParseResult parse, CancellationToken cancellationToken)
    {
        // Off the calling thread at once: System.CommandLine's Ctrl+C handler crashed the process
        // (InvalidOperationException, exit 134) when the token stopped a build that was still
        // running synchronously inside the invocation.
        await Task.Yield();
        try
        {
            return await Run(parse, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            parse.InvocationConfiguration.Error.WriteLine("kb build: stopped; the previous site and the compiled knowledge base, if any, are unchanged");
            return Interrupted;
        }
    }

    // What a shell reports for a command stopped by SIGINT.
    private const int Interrupted = 130;

    private async Task<int> Run(ParseResult parse, CancellationToken cancellationToken)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        var templates = parse.GetValue(_templates) ?? FindTemplates();
        if (templates is null)
        {
            error.WriteLine("kb build: no --templates given and templates/ was not found above the current folder or the kb executable");
            return KbCli.UsageError;
        }

        var baseUrl = parse.GetValue(_baseUrl);
        if (baseUrl is not null && !Uri.TryCreate(baseUrl, UriKind.Absolute, out _))
        {
            error.WriteLine($"kb build: --base-url '{baseUrl}' is not an absolute URL (like https://kb.example.org/)");
            return KbCli.UsageError;
        }

        if (!_topology.TryRead(parse, "build", out var estate))
        {
            return KbCli.UsageError;
        }

        var options = new SiteOptions
        {
            OutputFolder = parse.GetValue(_out)!,
            TemplatesFolder = templates,
            BaseUrl = baseUrl,
            Rebuild = parse.GetValue(_rebuild),
            Estate = estate is null ? null : new SiteEstate(estate.Topology, estate.Answers, estate.Evaluator),
        };
        if (!parse.GetValue(_watch))
        {
            return BuildOnce(parse, options, output, output, cancellationToken, out _);
        }

        if (!_content.TryOpen(parse, "build", out _))
        {
            return KbCli.UsageError;
        }

        var content = _content.Path(parse);
        if (!Directory.Exists(content))
        {
            error.WriteLine($"kb build: --watch needs --content to be a folder of articles; {content} is not one (an archive or a .kbdb does not change as you edit)");
            return KbCli.UsageError;
        }

        // Watched from before the first build: an article saved while it runs is built right after it.
        var site = Path.GetFullPath(options.OutputFolder);
        using var watch = new FolderWatch([Path.GetFullPath(content), Path.GetFullPath(templates)], path => IsSiteOutput(site, path), TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(2));
        var code = BuildOnce(parse, options, output, output, cancellationToken, out _);
        return await Watch(parse, watch, options with { Rebuild = false }, content, code, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Whether <paramref name="path"/> is something a build of the site at <paramref name="site"/>
    /// writes: the site, its staging folders (<c>.SITE.building-…</c>), its state
    /// (<c>.SITE.kb-build</c> and its journal) or the old site being swapped out (<c>SITE.old-…</c>).
    /// A site below a watched folder must not set off builds of its own.
    /// </summary>
    internal static bool IsSiteOutput(string site, string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(site));
        var parent = Path.GetDirectoryName(full);
        var name = Path.GetFileName(full);
        if (parent is null || !path.StartsWith(parent, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = path.AsSpan(parent.Length).TrimStart(Separators);
        var entry = rest[..(rest.IndexOfAny(Separators) is var end and >= 0 ? end : rest.Length)];
        return entry.SequenceEqual(name)
            || (entry.StartsWith('.') && entry[1..].StartsWith(name, StringComparison.Ordinal) && entry[(1 + name.Length)..] is var tail
                && (tail.StartsWith(".building-", StringComparison.Ordinal) || tail.StartsWith(".kb-build", StringComparison.Ordinal)))
            || (entry.StartsWith(name, StringComparison.Ordinal) && entry[name.Length..].StartsWith(".old-", StringComparison.Ordinal));
    }

    private static readonly char[] Separators = ['/', '\\'];

    /// <summary>
    /// Rebuilds after every change to the content or the templates, in this process: the update of
    /// the knowledge base and the incremental build, without a process to start. Ends, with the
    /// last build's exit code, when <paramref name="cancellationToken"/> is cancelled (Ctrl+C).
    /// </summary>
    private async Task<int> Watch(ParseResult parse, FolderWatch watch, SiteOptions options, string content, int code, CancellationToken cancellationToken)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        output.WriteLine($"kb build: watching {content} and {options.TemplatesFolder}; the site is rebuilt when they change (Ctrl+C to stop)");
        var fallbackSaid = false;
        try
        {
            while (true)
            {
                await watch.WaitAsync(cancellationToken).ConfigureAwait(false);
                if (watch.Fallback is { } reason && !fallbackSaid)
                {
                    fallbackSaid = true;
                    error.WriteLine($"kb build: cannot watch the folders ({reason}); looking at them every 2 s instead; on Linux, raising fs.inotify.max_user_watches (sysctl) above the number of folders lets each save be seen at once");
                }

                var clock = System.Diagnostics.Stopwatch.StartNew();
                SiteReport? report;
                try
                {
                    code = BuildOnce(parse, options, TextWriter.Null, null, cancellationToken, out report);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A full disk, a file another program holds, a locked database: the old site stays, and the next save tries again.
                    error.WriteLine($"kb build: {(e is AggregateException many ? many.Flatten().InnerExceptions[0] : e).Message}; the previous site is unchanged; still watching");
                    code = KbCli.UsageError;
                    continue;
                }

                if (report is null)
                {
                    output.WriteLine($"{DateTime.Now:HH:mm:ss} the build failed (see above); the previous site is unchanged; still watching");
                }
                else if (watch.Fallback is null || !report.Incremental || report.Pages > 0)
                {
                    // Looking every 2 s finds nothing most times: only a build that did something is worth a line.
                    output.WriteLine($"{DateTime.Now:HH:mm:ss} {Summary(report)} ({clock.Elapsed.TotalSeconds:0.00} s with the update of the knowledge base)");
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            output.WriteLine("kb build: stopped watching");
            return code;
        }
    }

    /// <summary>
    /// Opens (updating it when it is the cache of a folder) the knowledge base and builds the site;
    /// returns the exit code, and the build's report unless it failed. <paramref name="output"/>
    /// gets a line before the build and the summary after it.
    /// </summary>
    private int BuildOnce(ParseResult parse, SiteOptions options, TextWriter output, TextWriter? log, CancellationToken cancellationToken, out SiteReport? built)
    {
        built = null;
        var error = parse.InvocationConfiguration.Error;
        if (!_content.TryOpenKnowledgeBase(parse, "build", cancellationToken, out var knowledgeBase))
        {
            return KbCli.UsageError;
        }

        SiteReport report;
        using (knowledgeBase)
        {
            output.WriteLine($"kb build: {knowledgeBase.ArticleCount:N0} articles from {knowledgeBase.ContentSource} into {options.OutputFolder}");
            try
            {
                report = SiteBuilder.Build(knowledgeBase, options, log, cancellationToken);
            }
            catch (SiteBuildException e)
            {
                error.WriteLine($"kb build: {e.Message}; the previous site, if any, is unchanged");
                return KbCli.UsageError;
            }
        }

        foreach (var failure in report.Failures)
        {
            error.WriteLine(failure);
        }

        foreach (var link in report.BrokenLinks.Take(50))
        {
            error.WriteLine($"kb build: {link}");
        }

        if (report.BrokenLinks.Length > 50)
        {
            error.WriteLine($"kb build: … and {report.BrokenLinks.Length - 50:N0} more broken links");
        }

        output.WriteLine(Summary(report));
        built = report;
        return report.BrokenLinks.Length > 0 || (parse.GetValue(_strict) && report.Failures.Length > 0) ? KbCli.InputFailed : KbCli.Success;
    }

    private static string Summary(SiteReport report) =>
        $"{(report.Incremental ? "Updated" : "Built")}: {report.Pages:N0} pages rendered, {report.Written:N0} files written; the site has {report.Articles:N0} articles " +
        $"({report.Failures.Length:N0} failed and shown as raw text) in {report.Files:N0} files; {report.Elapsed.TotalSeconds:0.0} s; {report.BrokenLinks.Length:N0} broken internal links.";

    private static string? FindTemplates()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "templates");
                if (File.Exists(Path.Combine(candidate, "layout.html")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
