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
        SetAction(Execute);
    }

    private int Execute(ParseResult parse)
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

        if (!_content.TryOpenKnowledgeBase(parse, "build", out var knowledgeBase))
        {
            return KbCli.UsageError;
        }

        SiteReport report;
        var outFolder = parse.GetValue(_out)!;
        using (knowledgeBase)
        {
            output.WriteLine($"kb build: {knowledgeBase.ArticleCount:N0} articles from {knowledgeBase.ContentSource} into {outFolder}");
            try
            {
                report = SiteBuilder.Build(knowledgeBase, new SiteOptions
                {
                    OutputFolder = outFolder,
                    TemplatesFolder = templates,
                    BaseUrl = baseUrl,
                    Rebuild = parse.GetValue(_rebuild),
                    Estate = estate is null ? null : new SiteEstate(estate.Topology, estate.Answers, estate.Evaluator),
                }, output);
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

        output.WriteLine(
            $"{(report.Incremental ? "Updated" : "Built")}: {report.Pages:N0} pages rendered, {report.Written:N0} files written; the site has {report.Articles:N0} articles " +
            $"({report.Failures.Length:N0} failed and shown as raw text) in {report.Files:N0} files; {report.Elapsed.TotalSeconds:0.0} s; {report.BrokenLinks.Length:N0} broken internal links.");
        return report.BrokenLinks.Length > 0 || (parse.GetValue(_strict) && report.Failures.Length > 0) ? KbCli.InputFailed : KbCli.Success;
    }

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
