using KbEngine.Core.Query;

namespace KbEngine.Core.Tests.Query;

public class StemmerTests
{
    [Theory]
    [InlineData("connectors", "connector")]
    [InlineData("replicated", "replicate")]
    [InlineData("replicating", "replicate")]
    [InlineData("messages", "message")]
    [InlineData("failed", "fail")]
    [InlineData("stopped", "stop")]
    [InlineData("queries", "queri")]
    [InlineData("query", "queri")]
    [InlineData("address", "address")]
    [InlineData("status", "status")]
    [InlineData("agreed", "agree")]
    public void StemMergesTheFormsOfAWord(string word, string stem) => Assert.Equal(stem, Stemmer.Stem(word));

    [Theory]
    [InlineData("sp3")]
    [InlineData("mta")]
    [InlineData("0x80004005")]
    public void StemKeepsShortWordsAndCodes(string word) => Assert.Equal(word, Stemmer.Stem(word));
}
