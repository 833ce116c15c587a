using KbEngine.Core.Model;

namespace KbEngine.Core.Tests.Parsing;

/// <summary>Items marked with <c>-</c> (and the other bullet characters).</summary>
public class BulletListTests
{
    [Fact]
    public void EveryItemOfALongBulletListIsRead()
    {
        // Q105508 "BUG LISTING": 128 items, lines 54 to 308, one blank line between items.
        var listing = Assert.Single(ArticleWalk.Section(FixtureArticles.Article("Q105508"), "MORE INFORMATION").Subsections);

        var bullets = Assert.IsType<BulletList>(listing.Blocks[0]);
        Assert.Equal(128, bullets.Items.Length);
        Assert.Equal("BUG: No WM_SETFONT to Custom Controls", bullets.Items[0].Content);
        Assert.Equal("BUG: RC Error RW1008 If NULL Entry in PATH", bullets.Items[1].Content);
        Assert.Equal("BUG: MCIWndClass Popup Window Palette Flashes", bullets.Items[^1].Content);
        // Line 228 is written without a space after the colon.
        Assert.Contains("BUG:SelectPalette in Metafile Ignores Force-to-Background Flag", bullets.Items.Select(item => item.Content));
        Assert.All(bullets.Items, item =>
        {
            Assert.Equal("-", item.Marker);
            Assert.Equal(0, item.Number);
            Assert.StartsWith("BUG:", item.Content, StringComparison.Ordinal);
            Assert.Empty(item.Blocks);
        });
        Assert.Equal(54, bullets.Span.Line);
        Assert.Equal(308, bullets.Span.EndLine);
    }

    [Fact]
    public void TheListIsFollowedByTheParagraphAfterIt()
    {
        var listing = Assert.Single(ArticleWalk.Section(FixtureArticles.Article("Q105508"), "MORE INFORMATION").Subsections);

        Assert.Equal("BUG: No WM_SETFONT to Custom Controls:", Assert.IsType<Paragraph>(listing.Blocks[1]).Content);
    }

    [Fact]
    public void AnItemsContinuationLinesAreJoinedIntoItsContent()
    {
        var files = ArticleWalk.Section(FixtureArticles.Article("Q158594"), "MORE INFORMATION").Subsections[1];

        var lists = files.Blocks.OfType<BulletList>().ToList();
        Assert.True(lists.Count >= 4, $"expected at least the four '-' lists, found {lists.Count}");
        Assert.Equal<string>(
            [
                "Encarta 97 Encyclopedia - Encarta application (68K or PPC, depending on your machine)",
                "Encarta 97 Read Me - document you are reading now",
                "Notemark Contents - file used by Encarta to store your Notemarks*",
                "Data Files - folder containing crucial data files needed by Encarta*",
                "Updates - folder containing the Yearbook update files* (July 1996 installed)",
            ],
            lists[0].Items.Select(item => item.Content));
        Assert.Equal<string>(
            [
                "QuickTime 2.5 - required for Encarta to play movies, animations, music and panoramas*",
                "Sound Manager 3.2.1 - required to handle audio in QuickTime movies, animations and music*",
                "Apple Guide 2.0.2 - required to view Encarta's online help*",
                "Arial, Times New Roman, Symbol, MS Reference, HM Phonetic - required Encarta fonts*",
            ],
            lists[1].Items.Select(item => item.Content));
        Assert.Equal(5, lists[2].Items.Length);
        Assert.Equal("Macintosh Drag and Drop - extension required in System 7.1 for drag and drop support in Internet Explorer*", lists[2].Items[^1].Content);
        Assert.Equal<string>(
            [
                "Internet Config 1.3 - folder containing the Internet Config application, documentation, and Goodies folder",
                "Internet Config Extension - extension that enables URL parsing and integrated Internet preferences",
                "Internet Preferences - file containing preconfigured Internet Config settings for Encarta?",
            ],
            lists[3].Items.Select(item => item.Content));
    }

    [Fact]
    public void TheParagraphsBetweenListsStayParagraphs()
    {
        var files = ArticleWalk.Section(FixtureArticles.Article("Q158594"), "MORE INFORMATION").Subsections[1];

        Assert.Contains(files.Blocks.OfType<Paragraph>(), paragraph =>
            paragraph.Content == "The following system components are copied to your System Folder:");
        Assert.Contains(files.Blocks.OfType<Paragraph>(), paragraph =>
            paragraph.Content == "If you don't have a copy of Internet Config version 1.3 or later on your hard disk, the following files are installed:");
    }

    [Fact]
    public void ItemsOnConsecutiveLinesAreOneList()
    {
        var more = ArticleWalk.Section(FixtureArticles.Article("Q134683"), "MORE INFORMATION");

        var bullets = Assert.Single(more.Blocks.OfType<BulletList>());
        Assert.Equal<string>(
            [
                @"Windows is installed into C:\Windows",
                @"you're installing Scenes to C:\Scenes",
                "and the collection you're installing is the Hollywood Collection from floppy drive A.",
            ],
            bullets.Items.Select(item => item.Content));
    }

    [Fact]
    public void ItemsWithWrappedLinesInAnotherArticleAreReadWhole()
    {
        var listing = Assert.Single(ArticleWalk.Section(FixtureArticles.Article("Q105508"), "MORE INFORMATION").Subsections);

        var items = listing.Blocks.OfType<BulletList>().SelectMany(list => list.Items).Select(item => item.Content).ToList();
        Assert.Contains(
            "One of the directory references in the MS-DOS PATH environment variable is relative. Assume that the relative directory reference refers to drive X.",
            items);
        Assert.Contains("An application is implicitly linked to a DLL. The DLL is installed in the current (default) directory of drive X.", items);
        Assert.Contains("The application is installed in a directory other than the one in which the DLL is installed.", items);
    }

    [Fact]
    public void AlternativesSeparatedByOrAreBothItems()
    {
        var items = ArticleWalk.Blocks<ListItem>(FixtureArticles.Article("Q219957")).Select(item => item.Content).ToList();

        Assert.Contains("Disable ASYNC.", items);
        Assert.Contains("Move the SQLNumResultCols call after the SQLExecute.", items);
    }
}
