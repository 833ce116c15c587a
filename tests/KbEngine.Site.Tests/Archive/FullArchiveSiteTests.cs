using AngleSharp.Html.Parser;
using KbEngine.Core.Compilation;
using KbEngine.Core.Tests;

namespace KbEngine.Site.Tests.Archive;

/// <summary>The site of the whole archive (skipped without it): every article has its page at the archive's URL, and no internal link is broken.</summary>
public sealed class FullArchiveSiteTests
{
    private const int ArchiveArticles = 60_335;

    [ArchiveFact]
    public void TheWholeArchiveBuildsEveryArticlePageWithNoBrokenLink()
    {
        using var folder = new ScratchFolder();
        var file = Path.Combine(folder.Path, "archive" + KnowledgeBaseFormat.Extension);
        KnowledgeBaseCompiler.Default.Compile(SharedCorpus.ArchivePath!, file);
        using var knowledgeBase = KnowledgeBase.Open(file);
        var output = Path.Combine(folder.Path, "site");

        var report = SiteBuilder.Build(knowledgeBase, SiteFixture.Options(output));

        Assert.Equal(ArchiveArticles, report.Articles);
        Assert.Empty(report.BrokenLinks);
        Assert.Equal(ArchiveArticles, Directory.EnumerateFiles(Path.Combine(output, "kb"), "index.html", SearchOption.AllDirectories).Count());
        // Every archive URL of the form kb/NNN/QNNNNNN/ holds the page of that article.
        foreach (var id in new[] { "Q199534", "Q10022", "Q321013" })
        {
            var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, SiteUrls.FileOf(SiteUrls.Article(id)))));
            Assert.Equal(id, page.QuerySelector("h1 .id")?.TextContent);
        }

        // The archive's own browse-by-product lists keep their addresses, whole: id/winnt/ lists
        // 7,593 articles, more than Scriban writes of one string by default (it was cut at 1 MB).
        Assert.True(File.Exists(Path.Combine(output, "id", "exchange", "index.html")));
        foreach (var list in Directory.EnumerateFiles(Path.Combine(output, "id"), "index.html", SearchOption.AllDirectories))
        {
            Assert.EndsWith("</html>\n", File.ReadAllText(list), StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// A folder for the archive's 184,000 files, in memory when the machine has /dev/shm: on a
    /// disk mounted with discard, deleting them took one to four minutes.
    /// </summary>
    private sealed class ScratchFolder : IDisposable
    {
        public ScratchFolder()
        {
            var shm = new DirectoryInfo("/dev/shm");
            var root = shm.Exists && new DriveInfo(shm.FullName).AvailableFreeSpace > 4L << 30 ? shm.FullName : System.IO.Path.GetTempPath();
            Path = System.IO.Path.Combine(root, "kbengine-site-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // Scratch space: a leftover does not change the test's outcome.
            }
        }
    }
}
