using System.Text;
using KbEngine.Core.Diagnostics;
using KbEngine.Core.Ingest;

namespace KbEngine.Core.Tests.Ingest;

public class ArticleEnvelopeReaderTests
{
    private static readonly string Seed = File.ReadAllText(FixtureArticles.PathOf("Q199534.seed"));
    private static readonly string Archived = File.ReadAllText(FixtureArticles.PathOf("Q199534"));

    [Fact]
    public void ReadsFrontMatterAndBodyOfTheArchiveForm()
    {
        var envelope = Read(Archived).Envelope!;

        Assert.Equal("Q199534: XFOR: MS Mail Users Can't Send to Users in Remote Exchange Sites", envelope.Title);
        Assert.Equal("/kb/199/Q199534/", envelope.Permalink);
        // Line 11 of the file is the first article line; the leading tab is not part of the body.
        Assert.Equal(11, envelope.Lines[0].Number);
        Assert.Equal("Article: Q199534", envelope.LineText(envelope.Lines[0]).ToString());
        Assert.Equal(2, envelope.Lines[0].Column);
        Assert.Equal("=============================================================================", envelope.LineText(envelope.Lines[^1]).ToString());
    }

    [Fact]
    public void ReadsTheSeedFormWithoutTheRawWrapper()
    {
        var seed = Read(Seed).Envelope!;
        var archived = Read(Archived).Envelope!;

        Assert.Equal(
            archived.Lines.Select(line => archived.LineText(line).ToString()),
            seed.Lines.Select(line => seed.LineText(line).ToString()));
    }

    [Fact]
    public void RejectsAnEmptyFile() =>
        AssertError(Read(string.Empty), 1, "the file is empty");

    [Fact]
    public void RejectsAFileWithoutFrontMatter() =>
        AssertError(Read(Archived[Archived.IndexOf("## Q199534", StringComparison.Ordinal)..]), 1, "no front matter: expected '---' on line 1");

    [Fact]
    public void RejectsBinaryBytesAndNamesTheirLine()
    {
        var bytes = Encoding.UTF8.GetBytes(Archived);
        var offset = Archived.IndexOf("Product(s)", StringComparison.Ordinal);
        bytes[offset] = 0;

        AssertError(new ArticleEnvelopeReader().Read(new SourceDocument("binary.md", bytes)), 12, "binary content (byte 0x00");
    }

    [Fact]
    public void RejectsInvalidUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes(Archived);
        bytes[Archived.IndexOf("SYMPTOMS", StringComparison.Ordinal)] = 0xFF;

        AssertError(new ArticleEnvelopeReader().Read(new SourceDocument("latin1.md", bytes)), 24, "expected UTF-8 text");
    }

    [Fact]
    public void RejectsAFileLargerThanTheLimit()
    {
        var huge = Archived + new string('x', 10 * 1024 * 1024);

        AssertError(Read(huge), 1, "expected an article of at most 4,194,304 bytes");
    }

    [Fact]
    public void RejectsAnUnterminatedRawBlockAtItsLine() =>
        AssertError(Read(Archived.Replace("{% endraw %}", string.Empty, StringComparison.Ordinal)), 9, "'{% raw %}' is never closed: expected '{% endraw %}'");

    [Fact]
    public void RejectsFrontMatterWithoutTitle() =>
        AssertError(Read(Archived.Replace("title: \"Q199534: XFOR: MS Mail Users Can't Send to Users in Remote Exchange Sites\"\n", string.Empty, StringComparison.Ordinal)), 2, "front matter has no title");

    // YamlDotNet's scanner repeated its error token forever on this line: a timeout turns a hang into a failure.
    [Fact(Timeout = 30_000)]
    public Task RejectsAnUnquotedTitleHoldingAColonInsteadOfReadingForever() => Task.Run(() =>
        AssertError(Read(Archived.Replace("title: \"Q199534: XFOR: MS Mail Users Can't Send to Users in Remote Exchange Sites\"", "title: Q199534: XFOR: MS Mail Users", StringComparison.Ordinal)), 3, "found invalid mapping"));

    [Fact]
    public void RejectsFrontMatterThatIsNotYaml() =>
        AssertError(Read(Archived.Replace("permalink: /kb/199/Q199534/", "permalink: \"/kb/199/Q199534/", StringComparison.Ordinal)), 4, "front matter is not valid YAML");

    [Fact]
    public void RejectsAnArticleWithNoText() =>
        AssertError(Read(Archived[..Archived.IndexOf("{% raw %}", StringComparison.Ordinal)]), 7, "no article text");

    private static EnvelopeReadResult Read(string text) =>
        new ArticleEnvelopeReader().Read(new SourceDocument("test.md", Encoding.UTF8.GetBytes(text)));

    private static void AssertError(EnvelopeReadResult result, int line, string message)
    {
        Assert.Null(result.Envelope);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
