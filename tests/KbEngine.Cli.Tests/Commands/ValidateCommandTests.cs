using KbEngine.Core.Tests;
using Newtonsoft.Json.Linq;

namespace KbEngine.Cli.Tests.Commands;

public class ValidateCommandTests
{
    private static readonly string Contoso = Path.Combine(SharedCorpus.RepositoryRoot, "content", "topologies", "contoso-coexistence.json");

    [Fact]
    public void AValidTopologyIsSummarisedWithExitCodeZero()
    {
        var run = CliRun.Of("validate", Contoso);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("valid topology \"Contoso coexistence\": 6 nodes, 5 links", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryProblemIsListedWithItsPathAndTheExitCodeIsTwo()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("bad.json", File.ReadAllText(Contoso)
            .Replace("\"servicePack\": 4", "\"servicePack\": \"four\"", StringComparison.Ordinal)
            .Replace("\"type\": \"dirsync\"", "\"type\": \"dir-sync\"", StringComparison.Ordinal));

        var run = CliRun.Of("validate", file);
        var json = JObject.Parse(CliRun.Of("validate", file, "--json").Output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{file}: $.nodes[4].servicePack (line 8): found \"four\": expected a whole number", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{file}: $.links[1].type (line 13): unknown link type \"dir-sync\"", run.Error, StringComparison.Ordinal);
        Assert.Contains("2 problems; nothing was evaluated", run.Error, StringComparison.Ordinal);
        Assert.False((bool)json["valid"]!);
        Assert.Equal(["$.nodes[4].servicePack", "$.links[1].type"], json["problems"]!.Select(p => (string?)p["path"]));
    }

    [Fact]
    public void AMissingFileIsReportedWithExitCodeTwo()
    {
        var run = CliRun.Of("validate", "/nonexistent/estate.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot read '/nonexistent/estate.json'", run.Error, StringComparison.Ordinal);
    }
}
