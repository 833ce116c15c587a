using KbEngine.Core.Model;

namespace KbEngine.Core.Tests.Parsing;

/// <summary>The header lines: <c>Article:</c>, <c>Product(s):</c>, <c>Version(s):</c>, <c>Operating System(s):</c>, <c>Keyword(s):</c>, <c>Last Modified:</c>.</summary>
public class HeaderTests
{
    [Theory]
    [InlineData("Q10022")]
    [InlineData("Q50552")]
    [InlineData("Q240653")]
    [InlineData("Q105508")]
    [InlineData("Q274833")]
    public void TheIdIsTheArticleNumberWrittenInTheHeader(string id) =>
        Assert.Equal(id, FixtureArticles.Article(id).Id);

    [Theory]
    [InlineData("Q10022", "Word 97 for Windows")]
    [InlineData("Q50552", "See article")]
    [InlineData("Q219957", "Open Database Connectivity (ODBC)")]
    [InlineData("Q105508", "Microsoft Windows Software Development Kit")]
    [InlineData("Q134595", "Microsoft Windows 95.x Retail Product")]
    public void ASingleProductIsReadAsWritten(string id, string product) =>
        Assert.Equal<string>([product], FixtureArticles.Article(id).Products);

    [Fact]
    public void VersionsGroupedByPlatformAndSeparatedBySemicolonsKeepTheirPlatforms()
    {
        var versions = FixtureArticles.Article("Q10022").Versions;

        Assert.Equal("WINDOWS:97; winnt:4.0", versions.Raw);
        Assert.Equal<VersionEntry>([new("WINDOWS", "97"), new("winnt", "4.0")], versions.Entries);
    }

    [Fact]
    public void VersionsSeparatedBySpacesAreSeparateVersionsWithoutPlatform()
    {
        var versions = FixtureArticles.Article("Q50552").Versions;

        Assert.Equal("4.00 4.00b 4.50", versions.Raw);
        Assert.Equal<VersionEntry>([new(null, "4.00"), new(null, "4.00b"), new(null, "4.50")], versions.Entries);
    }

    [Fact]
    public void AServicePackAfterACommaStaysWithItsVersion()
    {
        var versions = FixtureArticles.Article("Q194505").Versions;

        Assert.Equal("winnt:5.5,5.5 SP1", versions.Raw);
        Assert.Equal<VersionEntry>([new("winnt", "5.5"), new("winnt", "5.5 SP1")], versions.Entries);
    }

    [Fact]
    public void ALongCommaListOfVersionsWithServicePacksKeepsEveryVersion()
    {
        var versions = FixtureArticles.Article("Q118965").Versions;

        Assert.Equal<string>(
            ["2.0", "2.1", "2.11", "2.11 SP1", "2.11 SP2", "3.0", "3.0 SP1", "3.0 SP2", "3.0 SP3", "4.0", "4.0 SP1"],
            versions.Entries.Select(entry => entry.Version));
        Assert.All(versions.Entries, entry => Assert.Equal("WINDOWS", entry.Platform));
    }

    [Fact]
    public void APlatformNameWithAHyphenIsKeptWhole()
    {
        var versions = FixtureArticles.Article("Q39627").Versions;

        Assert.Equal<VersionEntry>([new("MS-DOS", "3.x"), new("MS-DOS", "4.x"), new("MS-DOS", "5.0")], versions.Entries);
    }

    [Fact]
    public void VersionsSeparatedByCommasWithoutPlatformHaveNoPlatform()
    {
        Assert.Equal<VersionEntry>([new(null, "5.0"), new(null, "6.0")], FixtureArticles.Article("Q240653").Versions.Entries);
        Assert.Equal<string>(
            ["1.0", "1.5", "1.51", "1.52", "2.0", "2.1", "4.0", "5.0", "6.0"],
            FixtureArticles.Article("Q39910").Versions.Entries.Select(entry => entry.Version));
    }

    [Fact]
    public void VersionsWithLetterSuffixesAreReadAsWritten() =>
        Assert.Equal<VersionEntry>(
            [new("WINDOWS", "2.1e"), new("WINDOWS", "3.0"), new("WINDOWS", "3.0b"), new("WINDOWS", "3.2"), new("WINDOWS", "3.2a")],
            FixtureArticles.Article("Q80191").Versions.Entries);

    [Fact]
    public void TwoSpaceSeparatedNumbersAreTwoVersions() =>
        Assert.Equal<VersionEntry>([new(null, "3.51"), new(null, "4.0")], FixtureArticles.Article("Q138618").Versions.Entries);

    [Fact]
    public void AVersionFollowedByItsServicePackIsOneVersion()
    {
        // Q274833: "Version(s): 5.5 SP4"; its applies-to box says "version 5.5 SP4".
        var versions = FixtureArticles.Article("Q274833").Versions;

        Assert.Equal("5.5 SP4", versions.Raw);
        Assert.Equal<VersionEntry>([new(null, "5.5 SP4")], versions.Entries);
    }

    [Fact]
    public void AnEditionNameIsOneVersion()
    {
        // Q158594: "Version(s): 1997 edition" names one version, the 1997 edition of Encarta.
        var versions = FixtureArticles.Article("Q158594").Versions;

        Assert.Equal("1997 edition", versions.Raw);
        Assert.Equal<string>(["1997 edition"], versions.Entries.Select(entry => entry.Version));
    }

    [Fact]
    public void OperatingSystemsSeparatedByAPipeAreSeparateSystems()
    {
        var article = FixtureArticles.Article("Q50625");

        Assert.Equal<string>(["MS-DOS", "OS/2"], article.OperatingSystems);
        Assert.Equal("6.00 6.00b | 6.00 6.00b", article.Versions.Raw);
    }

    [Fact]
    public void ASingleOperatingSystemIsReadAsWritten() =>
        Assert.Equal<string>(["MS-DOS"], FixtureArticles.Article("Q50552").OperatingSystems);

    [Theory]
    [InlineData("Q199534")]
    [InlineData("Q10022")]
    [InlineData("Q240653")]
    public void AnEmptyOperatingSystemFieldGivesNoSystems(string id) =>
        Assert.Empty(FixtureArticles.Article(id).OperatingSystems);

    [Fact]
    public void TheTrailersFullKeywordListIsPreferredOverTheHeadersTruncatedOne()
    {
        // The header's list is cut at "kbOSW"; the trailer's goes on to kbOSWin95 … kbOSWinME.
        var keywords = FixtureArticles.Article("Q240653").Keywords;

        Assert.Equal<string>(
            ["kbprint", "kbAPI", "kbClipboard", "kbPrinting", "kbSDKWin32", "kbVBp", "kbVBp500", "kbVBp600",
             "kbOSWin95", "kbOSWin98", "kbGrpDSVB", "kbDSupport", "kbOSWinME"],
            keywords);
        Assert.DoesNotContain("kbOSW", keywords);
    }

    [Fact]
    public void TrailerKeywordsWithExtraSpacesAreSplitIntoWords() =>
        Assert.Equal<string>(["kbbuglist", "kbfixlist"], FixtureArticles.Article("Q134620").Keywords);

    [Fact]
    public void WithoutATrailerTheHeaderKeywordsAreUsedAndPipesSeparateThem() =>
        Assert.Equal<string>(
            ["ENDUSER", "buglist4.00", "buglist4.00b", "buglist4.50", "B_BasicCom", "mspl13_basic"],
            FixtureArticles.Article("Q50552").Keywords);

    [Fact]
    public void EmptyKeywordFieldsGiveNoKeywords() =>
        Assert.Empty(FixtureArticles.Article("Q190698").Keywords);

    [Fact]
    public void KeywordsAreReadInOrder() =>
        Assert.Equal<string>(["kbprint", "kbPrinting"], FixtureArticles.Article("Q10022").Keywords);

    [Theory]
    [InlineData("Q10022", 2001, 9, 7)]
    [InlineData("Q50552", 1989, 12, 16)]
    [InlineData("Q50625", 1989, 12, 15)]
    [InlineData("Q240653", 2001, 9, 11)]
    [InlineData("Q274833", 2002, 8, 6)]
    public void TheLastModifiedDateIsRead(string id, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), FixtureArticles.Article(id).LastModified);

    [Fact]
    public void ThePermalinkOfTheFrontMatterIsKept() =>
        Assert.Equal("/kb/240/Q240653/", FixtureArticles.Article("Q240653").Permalink);
}
