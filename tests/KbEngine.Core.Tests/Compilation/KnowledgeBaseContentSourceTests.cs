using KbEngine.Core.Ingest;

namespace KbEngine.Core.Tests.Compilation;

public class KnowledgeBaseContentSourceTests(CompiledFixtures compiled) : IClassFixture<CompiledFixtures>
{
    [Fact]
    public void ACompiledFileIsContentLikeAFolder()
    {
        var source = ContentSources.Open(compiled.KnowledgeBaseFile);

        var parsed = CorpusReader.ReadAll(source, KbPipeline.Default).ToList();

        Assert.Equal(compiled.Report.Articles, parsed.Count);
        Assert.All(parsed, result => Assert.True(result.Succeeded));
        Assert.NotNull(source.FindArticle("Q199534"));
        Assert.Contains("Q256350", source.ArticleIds());
    }
}
