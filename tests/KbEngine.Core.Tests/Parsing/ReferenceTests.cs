using KbEngine.Core.Model;

namespace KbEngine.Core.Tests.Parsing;

/// <summary>Lines that cite another article: <c>Q148389 XFOR: How to Backbone MSMail 3.x over Exchange</c>.</summary>
public class ReferenceTests
{
    [Fact]
    public void TheSeedArticleCitesQ148389WithItsTitle()
    {
        var reference = Assert.Single(FixtureArticles.Article("Q199534").References);

        Assert.Equal("Q148389", reference.Id);
        Assert.Equal("XFOR: How to Backbone MSMail 3.x over Exchange", reference.Title);
        Assert.Equal(90, reference.Span.Line);
    }

    [Fact]
    public void TheCitedTitleMatchesTheCitedArticlesOwnTitle()
    {
        var reference = Assert.Single(FixtureArticles.Article("Q199534").References);

        Assert.Equal(FixtureArticles.Article("Q148389").Title, reference.Title);
    }

    [Fact]
    public void SeveralReferencesAreReadInOrderAndARepeatedOneIsKept() =>
        Assert.Equal<Reference>(
            [
                new("Q161299", "HOWTO: Capture and Print the Screen, a Form, or any Window", default),
                new("Q161299", "HOWTO: Capture and Print the Screen, a Form, or any Window", default),
                new("Q189249", "HOWTO: Determine Which 32-Bit Windows Version Is Being Used", default),
            ],
            FixtureArticles.Article("Q240653").References.Select(reference => reference with { Span = default }));

    [Fact]
    public void EachReferenceRemembersItsLine() =>
        Assert.Equal<int>([37, 138, 140], FixtureArticles.Article("Q240653").References.Select(reference => reference.Span.Line));

    [Fact]
    public void AReferenceBeforeTheFirstHeadingIsRead() =>
        Assert.Equal<(string, string)>(
            [
                ("Q256986", "Description of the Microsoft Windows Registry"),
                ("Q191014", "XGEN: How to Obtain the latest Exchange Server 5.5 Service Pack"),
            ],
            FixtureArticles.Article("Q219031").References.Select(reference => (reference.Id, reference.Title)));

    [Theory]
    [InlineData("Q256350", "Q191014", "XGEN: How to Obtain the latest Exchange Server 5.5 Service Pack")]
    [InlineData("Q10022", "Q151261", "OFF97: How to Obtain and Install MS Office 97 SR-2")]
    [InlineData("Q39910", "Q47693", "Initializing Unions Initializes First Member of the Union")]
    [InlineData("Q158489", "Q147506", "XFOR: Err Msg: The Selected Postoffice is Read Only...")]
    [InlineData("Q144930", "Q151261", "OFF97: How to Obtain and Install MS Office 97 SR-2")]
    public void TheOneReferenceOfTheArticleIsRead(string article, string id, string title)
    {
        var reference = Assert.Single(FixtureArticles.Article(article).References);

        Assert.Equal(id, reference.Id);
        Assert.Equal(title, reference.Title);
    }

    [Fact]
    public void ANumberGluedToItsTitleIsStillAReference()
    {
        // Q105508: one "Q119591 How to …" line and 112 lines like "Q70818BUG: No WM_SETFONT to Custom Controls".
        var references = FixtureArticles.Article("Q105508").References;

        Assert.Equal(113, references.Length);
        Assert.Equal(("Q119591", "How to Obtain Microsoft Support Files from Online Services"), (references[0].Id, references[0].Title));
        Assert.Equal(("Q70818", "BUG: No WM_SETFONT to Custom Controls"), (references[1].Id, references[1].Title));
        Assert.Equal(("Q111862", "BUG: TabbedTextOut in Metric Mapping Mode Working Incorrectly"), (references[^1].Id, references[^1].Title));
    }

    [Fact]
    public void EveryReferenceLineOfALongListIsRead()
    {
        // Q274833: 183 lines start with a Q-number, three of them cited twice.
        var references = FixtureArticles.Article("Q274833").References;

        Assert.Equal(183, references.Length);
        Assert.Equal("Q274832", references[0].Id);
        Assert.Equal("Q266792", references[^1].Id);
        Assert.Equal(2, references.Count(reference => reference.Id == "Q275616"));
        Assert.Contains(references, reference =>
            reference.Id == "Q242222" && reference.Title == "XGEN: List of Bugs Fixed in Exchange Server 5.5 Service Pack 2");
        Assert.Contains(references, reference =>
            reference.Id == "Q191014" && reference.Title == "How to Obtain the Latest Exchange Server 5.5 Service Pack");
    }

    [Fact]
    public void AReferenceWhoseTitleIsWrittenInLowerCaseIsStillAReference()
    {
        // Q274833 line 132: "Q266269 xfor/ lsdxa.exe has generated errors." sits in the list of fixes like every other line.
        var reference = Assert.Single(FixtureArticles.Article("Q274833").References, reference => reference.Id == "Q266269");

        Assert.Equal("xfor/ lsdxa.exe has generated errors.", reference.Title);
        Assert.Equal(132, reference.Span.Line);
    }

    [Fact]
    public void ATitleWrappedOntoTheNextLineIsReadWhole()
    {
        // Q274833 lines 35 and 36: "Q274832 XGEN: List of Bugs Fixed in Exchange Server 5.5 Service Pack 4 (Part" / "1)".
        var reference = FixtureArticles.Article("Q274833").References[0];

        Assert.Equal("Q274832", reference.Id);
        Assert.Equal("XGEN: List of Bugs Fixed in Exchange Server 5.5 Service Pack 4 (Part 1)", reference.Title);
    }

    [Theory]
    [InlineData("Q148389")]
    [InlineData("Q50552")]
    [InlineData("Q134683")]
    public void AnArticleWithoutReferenceLinesHasNoReferences(string id) =>
        Assert.Empty(FixtureArticles.Article(id).References);

    [Fact]
    public void AnArticleNumberMentionedInProseIsNotAReference()
    {
        var article = ParsingTestText.Inline("Q900002", "XFOR: Prose Mentions",
            ParsingTestText.WithHeader("Q900002",
                "MORE INFORMATION",
                "================",
                "",
                "The routing is the one described in Q148389 XFOR: How to Backbone MSMail 3.x",
                "over Exchange, which explains the address spaces. It is also described in",
                "Q148389 and in the Exchange Server documentation.",
                "",
                "For additional information, please see the following article in the Microsoft",
                "Knowledge Base:",
                "",
                "  Q191014 XGEN: How to Obtain the latest Exchange Server 5.5 Service Pack"));

        var reference = Assert.Single(article.References);
        Assert.Equal("Q191014", reference.Id);
    }

    [Fact]
    public void TheArticlesOwnNumberInTheHeaderIsNotAReference() =>
        Assert.DoesNotContain(FixtureArticles.Article("Q199534").References, reference => reference.Id == "Q199534");
}
