using KbEngine.Core.Topology;

namespace KbEngine.Core.Tests.Topology;

public class TopologyReaderTests
{
    private static readonly string Contoso = File.ReadAllText(Path.Combine(SharedCorpus.RepositoryRoot, "content", "topologies", "contoso-coexistence.json"));

    [Fact]
    public void TheDesignExampleIsAValidTopology()
    {
        var topology = new TopologyReader().Read(Contoso).Topology!;

        Assert.Equal("Contoso coexistence", topology.Name);
        Assert.Equal(["SITE1", "SITE2", "SITE3", "EX1", "EX2", "PO1"], topology.Nodes.Select(n => n.Id));
        Assert.Equal(5, topology.Links.Length);
        var ex2 = topology.Node("EX2")!;
        Assert.Equal(4, ex2.Attributes["servicePack"].Number);
        Assert.Equal(KbVersion.Parse("5.5"), ex2.Attributes["version"].Version);
        Assert.Equal("SITE2", ex2.Attributes["site"].Text);
        var indirect = Assert.Single(topology.LinksOfType("indirect-postoffice"));
        Assert.Equal(("PO1", "SITE3", "SITE1"), (indirect.From, indirect.To, indirect.Attributes["via"].Text));
        Assert.Equal("$.links[4]", indirect.Path);
    }

    [Fact]
    public void MalformedJsonNamesThePathAndLine()
    {
        var problem = Assert.Single(Problems("{\n  \"nodes\": [\n    { \"id\": \"A\", "));

        Assert.Equal("$.nodes[0].id", problem.Path);
        Assert.Equal(3, problem.Line);
        Assert.StartsWith("malformed JSON", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownNodeTypeIsRefusedWithTheKnownOnes() =>
        AssertProblem(Contoso.Replace("\"type\": \"msmail-postoffice\"", "\"type\": \"msmail-po\"", StringComparison.Ordinal),
            "$.nodes[5].type", "unknown node type \"msmail-po\": expected one of client, exchange-organization, exchange-server");

    [Fact]
    public void ALinkToANodeThatDoesNotExistIsRefused() =>
        AssertProblem(Contoso.Replace("\"from\": \"SITE1\", \"to\": \"SITE3\"", "\"from\": \"SITE1\", \"to\": \"SITE4\"", StringComparison.Ordinal),
            "$.links[3].to", "no node has the id \"SITE4\"");

    [Fact]
    public void ALinkBetweenNodesOfTheWrongTypesIsRefused() =>
        AssertProblem(Contoso.Replace("{ \"type\": \"directory-replication\", \"from\": \"SITE1\", \"to\": \"SITE2\" }", "{ \"type\": \"directory-replication\", \"from\": \"PO1\", \"to\": \"SITE2\" }", StringComparison.Ordinal),
            "$.links[2].from", "\"PO1\" is a node of type msmail-postoffice: a directory-replication link starts at a node of type exchange-site");

    [Fact]
    public void ADuplicateIdIsRefusedWithWhereItWasFirstUsed()
    {
        var problems = Problems(Contoso.Replace("{ \"id\": \"SITE3\"", "{ \"id\": \"SITE2\"", StringComparison.Ordinal));

        var duplicate = Assert.Single(problems, p => p.Path == "$.nodes[2].id");
        Assert.Equal("duplicate id \"SITE2\": expected each node's id to be unique (first used at $.nodes[1])", duplicate.Message);
        // SITE3 is gone, so the two links to it are refused too.
        Assert.Equal(["$.links[3].to", "$.links[4].to"], problems.Where(p => p.Path.StartsWith("$.links", StringComparison.Ordinal)).Select(p => p.Path));
    }

    [Fact]
    public void AWrongValueTypeIsRefused() =>
        AssertProblem(Contoso.Replace("\"servicePack\": 4", "\"servicePack\": \"four\"", StringComparison.Ordinal),
            "$.nodes[4].servicePack", "found \"four\": expected a whole number");

    [Fact]
    public void AVersionMustBeAVersion() =>
        AssertProblem(Contoso.Replace("\"version\": \"3.5\"", "\"version\": \"latest\"", StringComparison.Ordinal),
            "$.nodes[5].version", "found \"latest\": expected a version such as \"5.5\"");

    [Fact]
    public void AnUnknownAttributeIsRefusedButFreeAttributesAreAccepted()
    {
        AssertProblem(Contoso.Replace("\"servicePack\": 4", "\"servicePack\": 4, \"colour\": \"blue\"", StringComparison.Ordinal),
            "$.nodes[4].colour", "unknown attribute \"colour\" of a exchange-server");

        Assert.True(new TopologyReader().Read(Contoso.Replace("\"servicePack\": 4", "\"servicePack\": 4, \"attributes\": { \"colour\": \"blue\" }", StringComparison.Ordinal)).IsValid);
    }

    [Fact]
    public void AReferenceToANodeOfTheWrongTypeIsRefused() =>
        AssertProblem(Contoso.Replace("\"site\": \"SITE2\"", "\"site\": \"PO1\"", StringComparison.Ordinal),
            "$.nodes[4].site", "\"PO1\" is a node of type msmail-postoffice: expected the id of a node of type exchange-site");

    [Fact]
    public void EveryProblemIsReportedAtOnceAndNothingIsBuilt()
    {
        var broken = Contoso
            .Replace("\"servicePack\": 4", "\"servicePack\": \"four\"", StringComparison.Ordinal)
            .Replace("\"to\": \"SITE3\", \"via\"", "\"to\": \"SITE9\", \"via\"", StringComparison.Ordinal)
            .Replace("{ \"id\": \"SITE3\"", "{ \"id\": \"SITE2\"", StringComparison.Ordinal);

        var result = new TopologyReader().Read(broken);

        Assert.Null(result.Topology);
        Assert.Equal(["$.nodes[2].id", "$.nodes[4].servicePack", "$.links[3].to", "$.links[4].to"], result.Problems.Select(p => p.Path));
        Assert.All(result.Problems, p => Assert.True(p.Line > 0));
    }

    private static System.Collections.Immutable.ImmutableArray<TopologyProblem> Problems(string json)
    {
        var result = new TopologyReader().Read(json);
        Assert.Null(result.Topology);
        return result.Problems;
    }

    private static void AssertProblem(string json, string path, string message)
    {
        var problem = Assert.Single(Problems(json));
        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }
}
