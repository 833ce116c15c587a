using KbEngine.Core.Compilation;
using KbEngine.Core.Export;
using KbEngine.Core.Tests.Archive;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace KbEngine.Core.Tests.Export;

[Collection(CompiledArchiveGroup.Name)]
public class KnowledgeExportWriterTests(CompiledArchive archive)
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(SharedCorpus.RepositoryRoot, "docs", "export.schema.json")).GetAwaiter().GetResult());

    [Fact]
    public void TheDefaultContentsExportIsValidAgainstTheCommittedSchema()
    {
        using var folder = new TemporaryFolder();
        var file = Path.Combine(folder.Path, "default.kbdb");
        KnowledgeBaseCompiler.Default.Compile(Path.Combine(SharedCorpus.RepositoryRoot, "content", "kb"), file);
        using var knowledgeBase = KnowledgeBase.Open(file);
        using var text = new StringWriter();

        KnowledgeExportWriter.Write(knowledgeBase, text);

        var export = JObject.Parse(text.ToString());
        Assert.Empty(Schema.Value.Validate(export));
        Assert.Equal(KnowledgeExportWriter.FormatVersion, (int)export["formatVersion"]!);
        Assert.Equal(knowledgeBase.ArticleCount, ((JArray)export["records"]!).Count);
        var q199534 = ((JArray)export["records"]!).Single(r => (string?)r["id"] == "Q199534");
        Assert.Equal<string>(["Q199534-c1", "Q199534-c2", "Q199534-c3"], q199534["questions"]!.Select(q => (string)q["id"]!));
        Assert.Equal("Q199534", (string?)((JArray)export["tree"]!["nodes"]!).Single(n => (string?)n["id"] == "Q199534")["articleId"]);
    }

    [Fact]
    public void TheSchemaRejectsAnExportThatBreaksTheContract()
    {
        var broken = JObject.Parse("""{"formatVersion": 2, "content": {}, "tree": {"root": "root", "nodes": []}, "records": [{"id": "nope"}]}""");

        var errors = Schema.Value.Validate(broken);

        Assert.Contains(errors, e => e.Path is not null && e.Path.Contains("formatVersion", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path is not null && e.Path.Contains("records", StringComparison.Ordinal));
    }

    [ArchiveFact]
    public void TheFullArchivesExportIsValidAgainstTheCommittedSchema()
    {
        using var folder = new TemporaryFolder();
        var file = Path.Combine(folder.Path, "export.json");
        using (var writer = new StreamWriter(file))
        {
            KnowledgeExportWriter.Write(archive.KnowledgeBase!, writer);
        }

        // Streamed: each tree node and record is validated against its definition, the rest as a whole.
        var records = 0;
        var nodes = 0;
        using var reader = new JsonTextReader(new StreamReader(file));
        while (reader.Read())
        {
            if (reader.TokenType == JsonToken.StartObject && reader.Depth == 2 && reader.Path.StartsWith("records[", StringComparison.Ordinal))
            {
                var record = JObject.Load(reader);
                Assert.Empty(Schema.Value.Definitions["record"].Validate(record));
                records++;
            }
            else if (reader.TokenType == JsonToken.StartObject && reader.Depth == 3 && reader.Path.StartsWith("tree.nodes[", StringComparison.Ordinal))
            {
                Assert.Empty(Schema.Value.Definitions["treeNode"].Validate(JObject.Load(reader)));
                nodes++;
            }
        }

        Assert.Equal(SharedCorpus.ArchiveArticleCount, records);
        Assert.Equal(archive.KnowledgeBase!.Tree.Nodes.Length, nodes);
    }
}
