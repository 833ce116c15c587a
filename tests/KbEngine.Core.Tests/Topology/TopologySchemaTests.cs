using KbEngine.Core.Topology;
using NJsonSchema;

namespace KbEngine.Core.Tests.Topology;

public class TopologySchemaTests
{
    private static readonly string Folder = Path.Combine(SharedCorpus.RepositoryRoot, "content");

    [Fact]
    public void ThePublishedSchemaIsTheOneGeneratedFromTheTypes() =>
        Assert.Equal(
            TopologySchema.Generate(TopologyTypes.Embedded),
            File.ReadAllText(Path.Combine(Folder, "topology", "topology.schema.json")).ReplaceLineEndings("\n"));

    [Fact]
    public async Task TheExampleTopologyConformsToTheSchema()
    {
        var schema = await JsonSchema.FromJsonAsync(TopologySchema.Generate(TopologyTypes.Embedded));

        Assert.Empty(schema.Validate(File.ReadAllText(Path.Combine(Folder, "topologies", "contoso-coexistence.json"))));
    }

    [Fact]
    public async Task TheSchemaRefusesAWrongValueTypeAndAnUnknownAttribute()
    {
        var schema = await JsonSchema.FromJsonAsync(TopologySchema.Generate(TopologyTypes.Embedded));
        var contoso = File.ReadAllText(Path.Combine(Folder, "topologies", "contoso-coexistence.json"));

        Assert.NotEmpty(schema.Validate(contoso.Replace("\"servicePack\": 4", "\"servicePack\": \"four\"", StringComparison.Ordinal)));
        Assert.NotEmpty(schema.Validate(contoso.Replace("\"servicePack\": 4", "\"servicePack\": 4, \"colour\": \"blue\"", StringComparison.Ordinal)));
        Assert.NotEmpty(schema.Validate(contoso.Replace("\"type\": \"dirsync\"", "\"type\": \"dir-sync\"", StringComparison.Ordinal)));
    }
}
