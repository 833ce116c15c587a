namespace KbEngine.Core.Tests.Parsing;

/// <summary>The title from the front matter: the <c>Qnnnnnn:</c> prefix removed, the area code read.</summary>
public class TitleTests
{
    [Theory]
    [InlineData("Q199534", "XFOR", "XFOR: MS Mail Users Can't Send to Users in Remote Exchange Sites")]
    [InlineData("Q148389", "XFOR", "XFOR: How to Backbone MSMail 3.x over Exchange")]
    [InlineData("Q10022", "OFF97", "OFF97: EPS File Is Not Printed or Is Printed Incorrectly in NT")]
    [InlineData("Q144930", "OFF97", "OFF97: Size of TIFF Picture Is Incorrect When Inserted")]
    [InlineData("Q240653", "HOWTO", "HOWTO: Copy the Screen or Active Window to the Clipboard from VB")]
    [InlineData("Q219541", "WD97", "WD97: Indications of Revisions Are Lost After Copy and Paste")]
    [InlineData("Q134620", "FIX", "FIX: Error in Converter: Variable Gendircount Not Found")]
    [InlineData("Q251105", "PRB", "PRB: Err Msg: Can Not Run Unicode Version of Atl.dll on Win 95")]
    [InlineData("Q256350", "XCON", "XCON: MTA Event 246 w. PR_CONTENT_CORRELATOR More Than 2 Bytes")]
    [InlineData("Q105508", "INFO", "INFO: List of Windows SDK Version 3.1 Bugs")]
    [InlineData("Q274833", "XGEN", "XGEN: Bugs Fixed in Exchange Server 5.5 Service Pack 4 (Part 2)")]
    [InlineData("Q194505", "XADM", "XADM: NDR When Message Contains 8-Bit Subject")]
    public void TheAreaCodeIsTheWordBeforeTheTitlesFirstColon(string id, string area, string title)
    {
        var article = FixtureArticles.Article(id);

        Assert.Equal(area, article.Area);
        Assert.Equal(title, article.Title);
    }

    [Theory]
    [InlineData("Q190698", "Microsoft Key Management Server Event ID 5058")]
    [InlineData("Q50552", "QB.EXE Hangs If BACKSPACE after IF GOTO Syntax (with No THEN)")]
    [InlineData("Q134595", "NET START WORKSTATION Command Loads Incorrect Redirector")]
    [InlineData("Q118965", "Wall Data Rumba for the AS/400 GP Faults in 5250 Session")]
    [InlineData("Q50625", "OS/2 Program Selector Fails to Show DOS Box If Using SCREEN 3")]
    public void ATitleWithoutAnAreaCodeHasNoArea(string id, string title)
    {
        var article = FixtureArticles.Article(id);

        Assert.Null(article.Area);
        Assert.Equal(title, article.Title);
    }

    [Fact]
    public void TheTitleDoesNotRepeatTheArticleNumber() =>
        Assert.DoesNotContain("Q199534", FixtureArticles.Article("Q199534").Title, StringComparison.Ordinal);
}
