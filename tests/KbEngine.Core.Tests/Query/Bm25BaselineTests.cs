namespace KbEngine.Core.Tests.Query;

public class Bm25BaselineTests
{
    private static Bm25Baseline Index(params (string Id, string Text)[] documents) => new(documents);

    [Fact]
    public void TextIsLowerCasedAndSplitOnAnythingButLettersAndDigits()
    {
        Assert.Equal<string>(
            ["error", "2140", "an", "internal", "windows", "nt", "error", "occurred", "q199534", "mta", "exe"],
            Bm25Baseline.Tokenize("Error 2140: An internal Windows-NT error occurred (Q199534) MTA.EXE"));
        Assert.Equal<string>(["schedule", "café"], Bm25Baseline.Tokenize("  Schedule+ CAFÉ!! "));
        Assert.Empty(Bm25Baseline.Tokenize(" -- :: "));
    }

    [Fact]
    public void IdfIsTheStandardFormula()
    {
        var index = Index(("A", "mail dirsync"), ("B", "mail"), ("C", "mail"), ("D", "mail other"));

        // N = 4: df(dirsync) = 1, df(mail) = 4, df(absent) = 0.
        Assert.Equal(Math.Log(1 + (3.5 / 1.5)), index.Idf("dirsync"), 12);
        Assert.Equal(1.2039728043259361, index.Idf("dirsync"), 12);
        Assert.Equal(Math.Log(1 + (0.5 / 4.5)), index.Idf("mail"), 12);
        Assert.Equal(Math.Log(1 + (4.5 / 0.5)), index.Idf("absent"), 12);
        Assert.Equal(1, index.DocumentFrequency("DIRSYNC"));
    }

    [Fact]
    public void AScoreIsIdfTimesSaturatedTermFrequency()
    {
        // Both documents have 4 tokens, so |d| = avgdl and the length factor is 1.
        var index = Index(("A", "imc imc queue stuck"), ("B", "mta queue stuck now"));

        var hits = index.SearchWithScores("IMC", 10);

        var (id, score) = Assert.Single(hits);
        Assert.Equal("A", id);
        var idf = Math.Log(1 + (1.5 / 1.5));
        Assert.Equal(idf * 2 * 2.2 / (2 + 1.2), score, 12);
    }

    [Fact]
    public void TheDocumentWithTheRareTermRanksFirst()
    {
        var index = Index(
            ("Q1", "mail mail mail mail server"),
            ("Q2", "mail dirsync server"),
            ("Q3", "mail mail server"),
            ("Q4", "mail server"));

        Assert.Equal("Q2", index.Search("mail dirsync", 4)[0]);
    }

    [Fact]
    public void TermFrequencySaturates()
    {
        // Ten occurrences of a common term do not outweigh one of a rare term.
        var index = Index(
            ("Q1", string.Join(' ', Enumerable.Repeat("mail", 10))),
            ("Q2", "gateway " + string.Join(' ', Enumerable.Repeat("other", 9))),
            ("Q3", "mail x"),
            ("Q4", "mail y"));

        Assert.Equal<string>(["Q2", "Q1"], index.Search("mail gateway", 2));
    }

    [Fact]
    public void LengthNormalisationFavoursTheShorterDocumentOnlyWhenBIsAboveZero()
    {
        (string, string)[] documents =
        [
            ("Long", "ndr " + string.Join(' ', Enumerable.Repeat("filler", 40))),
            ("Short", "ndr filler"),
            ("None", "other words"),
        ];

        var normalised = new Bm25Baseline(documents).SearchWithScores("ndr", 10);
        var flat = new Bm25Baseline(documents, b: 0).SearchWithScores("ndr", 10);

        Assert.Equal<string>(["Short", "Long"], normalised.Select(h => h.Id));
        Assert.True(normalised[0].Score > normalised[1].Score * 1.5, $"{normalised[0].Score} against {normalised[1].Score}");
        Assert.Equal(flat[0].Score, flat[1].Score, 12);
    }

    [Fact]
    public void TiesAreBrokenByIdAndTopLimitsTheResults()
    {
        var index = Index(("Q9", "gpf"), ("Q10", "gpf"), ("Q2", "gpf"), ("Q5", "other"));

        Assert.Equal<string>(["Q10", "Q2", "Q9"], index.Search("gpf", 10));
        Assert.Equal<string>(["Q10", "Q2"], index.Search("gpf", 2));
        Assert.Empty(index.Search("gpf", 0));
    }

    [Fact]
    public void QueriesAreCaseInsensitiveAndRepeatedTermsCountOnce()
    {
        var index = Index(("A", "MTA crashes"), ("B", "store crashes"), ("C", "nothing"));

        Assert.Equal(index.SearchWithScores("mta crashes", 5), index.SearchWithScores("MTA mta Mta, CRASHES", 5));
    }

    [Fact]
    public void DocumentsWithoutAnyQueryTermAreNotReturned()
    {
        var index = Index(("A", "dirsync"), ("B", "mail"));

        Assert.Equal<string>(["A"], index.Search("dirsync unknownword", 10));
        Assert.Empty(index.Search("unknownword", 10));
        Assert.Empty(index.Search("  ", 10));
    }

    [Fact]
    public void AnEmptyCollectionAnswersNothing()
    {
        var index = Index();

        Assert.Equal(0, index.Count);
        Assert.Empty(index.Search("anything", 10));
    }

    [Fact]
    public void DuplicateIdsAreRefused() =>
        Assert.Throws<ArgumentException>(() => Index(("A", "one"), ("A", "two")));

    [Fact]
    public void TheIndexCountsDocumentsTermsAndLengths()
    {
        var index = Index(("A", "one two two"), ("B", "two three"));

        Assert.Equal(2, index.Count);
        Assert.Equal(3, index.TermCount);
        Assert.Equal(2.5, index.AverageLength, 12);
        Assert.Equal(2, index.DocumentFrequency("two"));
    }
}
