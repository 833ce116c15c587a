using KbEngine.Core.Evaluation;
using KbEngine.Core.Extraction;
using KbEngine.Core.Topology;
using TopologyModel = KbEngine.Core.Topology.Topology;

namespace KbEngine.Core.Tests.Evaluation;

/// <summary>The pattern language over the DESIGN.md topology, with Q199534's vocabulary patterns.</summary>
public class PatternTests
{
    private static readonly string ContosoJson = File.ReadAllText(Path.Combine(SharedCorpus.RepositoryRoot, "content", "topologies", "contoso-coexistence.json"));
    private static readonly TopologyModel Contoso = new TopologyReader().Read(ContosoJson).Topology!;

    private static Pattern Vocabulary(string key) =>
        PatternReader.Parse(KnowledgeData.Embedded.Vocabulary.Entries.Single(entry => entry.Key == key).Pattern);

    private static AllPattern Q199534(params string[] keys) => new([.. keys.Select(Vocabulary)]);

    private static readonly string[] AllFour =
        ["dirsync-msmail-multisite", "msmail-postoffice-connected-to-dirsync-site", "exchange-site-not-connected-to-msmail", "directory-replication-between-sites"];

    [Fact]
    public void Q199534sConditionsJoinedOverTheExampleBindOnlyPO1Site1AndSite2()
    {
        var bindings = Q199534(AllFour).Match(Contoso, Binding.Empty).ToList();

        var binding = Assert.Single(bindings);
        Assert.Equal(("PO1", "SITE1", "SITE2"), (binding["?po"], binding["?dirsyncSite"], binding["?remote"]));
    }

    [Fact]
    public void NegationIsWhatRulesOutSite3ItsIndirectPostofficeIsDefined()
    {
        var withoutIndirectCheck = new AllPattern(
        [
            Vocabulary("dirsync-msmail-multisite"),
            new NodePattern("?remote", "exchange-site", []),
            new DistinctPattern(["?remote", "?dirsyncSite"]),
            new NotPattern(new LinkPattern("msmail-connector", "?po", "?remote", false)),
        ]);

        var remotes = withoutIndirectCheck.Match(Contoso, Binding.Empty).Select(b => b["?remote"]).Order(StringComparer.Ordinal);

        Assert.Equal(["SITE2", "SITE3"], remotes);
    }

    [Fact]
    public void DistinctKeepsTheDirsyncSiteFromBeingItsOwnRemoteSite()
    {
        var sameSiteAllowed = new AllPattern([Vocabulary("dirsync-msmail-multisite"), new NodePattern("?remote", "exchange-site", [])]);

        Assert.Contains(sameSiteAllowed.Match(Contoso, Binding.Empty), b => b["?remote"] == "SITE1");
        Assert.DoesNotContain(Q199534(AllFour).Match(Contoso, Binding.Empty), b => b["?remote"] == "SITE1");
    }

    [Fact]
    public void ACountFailsOnAnEstateWithOneSite()
    {
        var oneSite = new TopologyReader().Read(ContosoJson
            .Replace("    { \"id\": \"SITE2\", \"type\": \"exchange-site\" },\n", string.Empty, StringComparison.Ordinal)
            .Replace("    { \"id\": \"SITE3\", \"type\": \"exchange-site\" },\n", string.Empty, StringComparison.Ordinal)
            .Replace("\"site\": \"SITE2\"", "\"site\": \"SITE1\"", StringComparison.Ordinal)
            .Replace(",\n    { \"type\": \"directory-replication\", \"from\": \"SITE1\", \"to\": \"SITE2\" },\n    { \"type\": \"directory-replication\", \"from\": \"SITE1\", \"to\": \"SITE3\" },\n    { \"type\": \"indirect-postoffice\", \"from\": \"PO1\", \"to\": \"SITE3\", \"via\": \"SITE1\" }", string.Empty, StringComparison.Ordinal));
        Assert.True(oneSite.IsValid, string.Join("\n", oneSite.Problems));

        Assert.Empty(Vocabulary("dirsync-msmail-multisite").Match(oneSite.Topology!, Binding.Empty));
        Assert.Single(Vocabulary("dirsync-msmail-multisite").Match(Contoso, Binding.Empty));
    }

    [Fact]
    public void ALinkMarkedEitherMatchesInBothDirections()
    {
        var forward = new LinkPattern("directory-replication", "SITE2", "?other", Either: false);
        var either = forward with { Either = true };

        Assert.Empty(forward.Match(Contoso, Binding.Empty));
        Assert.Equal("SITE1", Assert.Single(either.Match(Contoso, Binding.Empty))["?other"]);
    }

    [Fact]
    public void AttributeTestsCompareVersionsAndServicePacks()
    {
        var notYetFixed = PatternReader.Parse("""{ "node": "?server", "type": "exchange-server", "where": { "version": { "equals": "5.5" }, "servicePack": { "below": 4 } } }""");

        Assert.Equal("EX1", Assert.Single(notYetFixed.Match(Contoso, Binding.Empty))["?server"]);
    }

    [Fact]
    public void AMalformedPatternNamesItsJsonPath()
    {
        var error = Assert.Throws<FormatException>(() => PatternReader.Parse("""{ "all": [ { "node": "?a" }, { "link": "dirsync", "from": "?a" } ] }"""));

        Assert.Equal("$.all[1]: expected \"to\"", error.Message);
    }
}
