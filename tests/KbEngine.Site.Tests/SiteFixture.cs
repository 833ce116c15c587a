using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KbEngine.Core.Compilation;
using KbEngine.Core.Evaluation;
using KbEngine.Core.Extraction;
using KbEngine.Core.Tests;
using KbEngine.Core.Topology;

namespace KbEngine.Site.Tests;

/// <summary>
/// The site of the real archive articles in tests/KbEngine.Core.Tests/Fixtures plus one article that
/// does not parse, built once with the example estate of DESIGN.md, for the rendering tests to read.
/// </summary>
public sealed class SiteFixture : IDisposable
{
    /// <summary>An article whose header stops after its first field: the parser refuses it.</summary>
    public const string BrokenId = "Q999001";

    private readonly TemporaryFolder _folder = new();

    public SiteFixture()
    {
        Content = CopyFixtures(_folder);
        _folder.Write(Path.Combine("content", BrokenId + ".md"), $"---\ntitle: \"{BrokenId}: A Header That Stops Early\"\n---\n\n\tArticle: {BrokenId}\n\n\tSome text without the other header fields.\n");
        KnowledgeBaseFile = Path.Combine(_folder.Path, "fixtures.kbdb");
        KnowledgeBaseCompiler.Default.Compile(Content, KnowledgeBaseFile);
        Output = Path.Combine(_folder.Path, "site");
        using var knowledgeBase = KnowledgeBase.Open(KnowledgeBaseFile);
        Report = SiteBuilder.Build(knowledgeBase, Options(Output) with { Estate = ContosoEstate() });
    }

    public static string FixturesFolder => Path.Combine(SharedCorpus.RepositoryRoot, "tests", "KbEngine.Core.Tests", "Fixtures");

    /// <summary>The fixture articles, one per id (the seed copy of Q199534 would be a duplicate id).</summary>
    public static IEnumerable<string> Fixtures() =>
        Directory.EnumerateFiles(FixturesFolder, "Q*.md").Where(f => !Path.GetFileNameWithoutExtension(f).Contains('.', StringComparison.Ordinal));

    /// <summary>Copies the <see cref="Fixtures"/> into <c>content/</c> of <paramref name="folder"/>; returns that folder's path.</summary>
    public static string CopyFixtures(TemporaryFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        foreach (var fixture in Fixtures())
        {
            folder.Write(Path.Combine("content", Path.GetFileName(fixture)), File.ReadAllBytes(fixture));
        }

        return Path.Combine(folder.Path, "content");
    }

    public static string TemplatesFolder => Path.Combine(SharedCorpus.RepositoryRoot, "templates");

    public string Content { get; }

    public string KnowledgeBaseFile { get; }

    public string Output { get; }

    public SiteReport Report { get; }

    public TemporaryFolder Folder => _folder;

    public static SiteOptions Options(string output) => new() { OutputFolder = output, TemplatesFolder = TemplatesFolder };

    public static SiteEstate ContosoEstate()
    {
        var json = File.ReadAllText(Path.Combine(SharedCorpus.RepositoryRoot, "content", "topologies", "contoso-coexistence.json"));
        var topology = new TopologyReader().Read(json).Topology ?? throw new InvalidOperationException("the example estate does not validate");
        return new SiteEstate(topology, new Dictionary<string, bool>(), new ArticleEvaluator(KnowledgeData.Embedded.Catalog, KnowledgeData.Embedded.Rules));
    }

    /// <summary>A page of the built site, parsed.</summary>
    public IDocument Page(string url) => Parse(Output, url);

    public static IDocument Parse(string site, string url)
    {
        var file = Path.Combine(site, SiteUrls.FileOf(url));
        return new HtmlParser().ParseDocument(File.ReadAllText(file));
    }

    public void Dispose() => _folder.Dispose();
}
