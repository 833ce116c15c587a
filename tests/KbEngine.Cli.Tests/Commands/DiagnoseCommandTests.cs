using KbEngine.Core.Tests;
using Newtonsoft.Json.Linq;

namespace KbEngine.Cli.Tests.Commands;

public class DiagnoseCommandTests
{
    private static readonly string Contoso = Path.Combine(SharedCorpus.RepositoryRoot, "content", "topologies", "contoso-coexistence.json");

    [Fact]
    public void TheWorkedExampleComesOutAsDesignedOverTheDefaultContent()
    {
        var run = CliRun.Of("diagnose", "--topology", Contoso, "--json");
        var findings = JObject.Parse(run.Output)["findings"]!;

        Assert.Equal(0, run.ExitCode);
        var q199534 = findings.Where(f => (string?)f["articleId"] == "Q199534").ToList();
        var applies = Assert.Single(q199534, f => (string?)f["verdict"] == "applies");
        Assert.Equal("SITE2", (string?)applies["binding"]!["remote"]);
        var ruledOut = Assert.Single(q199534, f => (string?)f["verdict"] == "ruledOut");
        Assert.Equal("SITE3", (string?)ruledOut["binding"]!["remote"]);
        Assert.Contains("indirect-postoffice PO1 → SITE3", (string?)ruledOut["reasons"]![0], StringComparison.Ordinal);
        Assert.NotEmpty(applies["trace"]!);
    }

    [Fact]
    public void AnInvalidTopologyIsRefusedWithItsProblemsAndNothingIsEvaluated()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("bad.json", File.ReadAllText(Contoso).Replace("\"to\": \"SITE3\", \"via\"", "\"to\": \"SITE9\", \"via\"", StringComparison.Ordinal));

        var run = CliRun.Of("diagnose", "--topology", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("$.links[4].to", run.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was evaluated", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void AnAnswerIsReevaluatedAndABadOneIsRefused()
    {
        // Q256350 is not in the default content: read the fixtures, which hold it.
        var fixtures = Path.Combine(SharedCorpus.RepositoryRoot, "tests", "KbEngine.Core.Tests", "Fixtures");
        var before = JObject.Parse(CliRun.Of("diagnose", "--topology", Contoso, "--json", "--content", fixtures).Output)["findings"]!;
        var after = JObject.Parse(CliRun.Of("diagnose", "--topology", Contoso, "--json", "--content", fixtures, "--answer", "Q256350-symptom=no").Output)["findings"]!;
        var bad = CliRun.Of("diagnose", "--topology", Contoso, "--answer", "Q256350-symptom=maybe");

        static string? Ex1(JToken findings) => (string?)findings.Single(f => (string?)f["articleId"] == "Q256350" && (string?)f["binding"]!["element"] == "EX1")["verdict"];
        Assert.Equal("open", Ex1(before));
        Assert.Equal("ruledOut", Ex1(after));
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("expected ID=yes or ID=no", bad.Error, StringComparison.Ordinal);
    }
}
