using System.Security.Cryptography;

namespace KbEngine.Core.Tests.Archive;

/// <summary>The whole archive, not a sample: every article parses and nothing of its text is lost.</summary>
public class FullArchiveTests(ArchiveParseRun run) : IClassFixture<ArchiveParseRun>
{
    [ArchiveFact]
    public void TheArchiveIsIntact()
    {
        var expected = File.ReadAllText(SharedCorpus.ArchivePath + ".sha256").Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        using var stream = File.OpenRead(SharedCorpus.ArchivePath!);
        Assert.Equal(expected, Convert.ToHexStringLower(SHA256.HashData(stream)));
    }

    [ArchiveFact]
    public void EveryArticleOfTheArchiveParses()
    {
        Assert.Empty(run.Failures.Select(failure => failure.ToString()));
        Assert.Equal(SharedCorpus.ArchiveArticleCount, run.Parsed);
    }

    [ArchiveFact]
    public void EveryArticleHasADistinctId()
    {
        Assert.Equal(run.Ids.Count, run.Ids.Distinct(StringComparer.Ordinal).Count());
    }

    [ArchiveFact]
    public void EveryLineOfEveryArticleBelongsToExactlyOnePart()
    {
        Assert.True(run.RoundTripProblems.Count == 0,
            $"{run.RoundTripProblems.Count} problems, first ones:\n" + string.Join("\n", run.RoundTripProblems.Take(30)));
    }

    [ArchiveFact]
    public void EveryArticleOfTheArchiveIsExtractedWithoutFailure()
    {
        Assert.Empty(run.ExtractionFailures);
        Assert.True(run.Conditions > 50_000, $"{run.Conditions} conditions over the archive");
    }
}
