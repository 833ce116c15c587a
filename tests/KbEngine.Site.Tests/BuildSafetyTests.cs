using KbEngine.Core.Compilation;
using KbEngine.Core.Tests;

namespace KbEngine.Site.Tests;

public sealed class BuildSafetyTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public void AFailedBuildLeavesTheOldSiteInPlace()
    {
        using var folder = new TemporaryFolder();
        var output = Path.Combine(folder.Path, "site");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "index.html"), "the old site");
        var templates = CopyTemplates(folder.Path);
        File.WriteAllText(Path.Combine(templates, "article.html"), "{{ page.no_such_member.boom() }}");

        using var knowledgeBase = KnowledgeBase.Open(site.KnowledgeBaseFile);
        Assert.Throws<SiteBuildException>(() => SiteBuilder.Build(knowledgeBase, SiteFixture.Options(output) with { TemplatesFolder = templates }));

        Assert.Equal("the old site", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal(["site", "templates"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TemplatesThatDoNotParseAreRefusedBeforeTheOutputIsTouched()
    {
        using var folder = new TemporaryFolder();
        var templates = CopyTemplates(folder.Path);
        File.WriteAllText(Path.Combine(templates, "list.html"), "{{ for x in }}");
        using var knowledgeBase = KnowledgeBase.Open(site.KnowledgeBaseFile);
        var error = Assert.Throws<SiteBuildException>(() => SiteBuilder.Build(knowledgeBase, SiteFixture.Options(Path.Combine(folder.Path, "site")) with { TemplatesFolder = templates }));
        Assert.Contains("list.html", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "site")));
    }

    [Fact]
    public void ASuccessfulBuildReplacesTheOldSiteWhole()
    {
        using var folder = new TemporaryFolder();
        var output = Path.Combine(folder.Path, "site");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "stale.html"), "from an older build");
        using var knowledgeBase = KnowledgeBase.Open(site.KnowledgeBaseFile);
        SiteBuilder.Build(knowledgeBase, SiteFixture.Options(output));
        Assert.False(File.Exists(Path.Combine(output, "stale.html")));
        Assert.True(File.Exists(Path.Combine(output, "kb", "199", "Q199534", "index.html")));
        // Beside the site, only the state the next build compares with.
        Assert.Equal([".site.kb-build", "site"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ABrokenInternalLinkIsReportedWithThePageThatMakesIt()
    {
        using var folder = new TemporaryFolder();
        var templates = CopyTemplates(folder.Path);
        var layout = Path.Combine(templates, "layout.html");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("</footer>", "<a href=\"{{ root }}nowhere/\">x</a></footer>", StringComparison.Ordinal));
        using var knowledgeBase = KnowledgeBase.Open(site.KnowledgeBaseFile);
        var report = SiteBuilder.Build(knowledgeBase, SiteFixture.Options(Path.Combine(folder.Path, "site")) with { TemplatesFolder = templates });
        var broken = Assert.Single(report.BrokenLinks);
        Assert.Equal("nowhere/index.html", broken.Target);
    }

    [Theory]
    [InlineData("kb/199/Q199534/", "../../../kb/148/Q148389/", "kb/148/Q148389/index.html")]
    [InlineData("kb/199/Q199534/", "README.md", "kb/199/Q199534/README.md")]
    [InlineData("kb/199/Q199534/", "../../../tree/a%20b/", "tree/a b/index.html")]
    [InlineData("", "tree/", "tree/index.html")]
    [InlineData("tree/", "../", "index.html")]
    [InlineData("tree/", "/assets/site.css", "assets/site.css")]
    [InlineData("", "../outside", null)]
    public void LinksResolveAgainstThePageFolder(string folder, string href, string? expected) =>
        Assert.Equal(expected, PageWriter.Resolve(folder, href));

    private static string CopyTemplates(string parent)
    {
        var target = Path.Combine(parent, "templates");
        foreach (var file in Directory.EnumerateFiles(SiteFixture.TemplatesFolder, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(SiteFixture.TemplatesFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }
}
