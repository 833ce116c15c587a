using KbEngine.Core.Tests;
using Newtonsoft.Json.Linq;

namespace KbEngine.Cli.Tests.Commands;

public class StatsCommandTests
{
    [Fact]
    public void ReportsTheDefaultContent()
    {
        var run = CliRun.Of("stats");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Articles read:          567 (2.7 MB)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Parsed:                 567", run.Output, StringComparison.Ordinal);
        Assert.Contains("Failed:                 0", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"\n  SYMPTOMS +\d", run.Output);
    }

    [Fact]
    public void JsonGivesCountsAndBreakdowns()
    {
        var run = CliRun.Of("stats", "--json");
        var json = JObject.Parse(run.Output);

        Assert.Equal(567, (int)json["articlesRead"]!);
        Assert.Equal(567, (int)json["parsed"]!);
        Assert.Equal(0, (int)json["failed"]!);
        Assert.Empty(json["failures"]!);
        Assert.True((int)json["sectionsByHeading"]!["SYMPTOMS"]! > 300);
        Assert.True((int)json["articlesWithSteps"]! > 100);
        Assert.True((int)json["blocksByKind"]!["paragraph"]! > (int)json["blocksByKind"]!["literal"]!);
        Assert.True((double)json["elapsedSeconds"]! > 0);
        var extraction = json["extraction"]!;
        Assert.Equal(567, (int)extraction["articles"]!);
        Assert.True((int)extraction["withSymptoms"]! > 550);
        Assert.True((int)extraction["boundConditions"]! >= 4);
        Assert.True((int)extraction["resolvedReferences"]! <= (int)extraction["references"]!);
    }

    [Fact]
    public void AFailedArticleIsListedWithItsFileAndLineAndOnlyStrictModeFailsTheRun()
    {
        using var folder = new TemporaryFolder();
        folder.Write("199/Q199534/README.md", File.ReadAllBytes(FixtureArticles.PathOf("Q199534")));
        var broken = folder.Write("999/Q999999/README.md", "---\ntitle: \"Q999999: Broken\"\n---\n\n\tArticle: Q999999\n");

        var lenient = CliRun.Of("stats", "--content", folder.Path);
        var strict = CliRun.Of("stats", "--strict", "--content", folder.Path);

        Assert.Equal(0, lenient.ExitCode);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("Failed:                 1", lenient.Output, StringComparison.Ordinal);
        Assert.Contains($"{broken}(5,2): error: the header ends without 'Product(s):'", lenient.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void HelpNamesTheCommandsAndTheContentOption()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("show", run.Output, StringComparison.Ordinal);
        Assert.Contains("stats", run.Output, StringComparison.Ordinal);
        Assert.Contains("--content", run.Output, StringComparison.Ordinal);
    }

    [ArchiveFact]
    public void ReadsTheWholeArchiveWithNoFailure()
    {
        var run = CliRun.Of("stats", "--json", "--strict", "--content", SharedCorpus.ArchivePath!);
        var json = JObject.Parse(run.Output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(SharedCorpus.ArchiveArticleCount, (int)json["articlesRead"]!);
        Assert.Equal(SharedCorpus.ArchiveArticleCount, (int)json["parsed"]!);
        Assert.Equal(0, (int)json["failed"]!);
    }
}
