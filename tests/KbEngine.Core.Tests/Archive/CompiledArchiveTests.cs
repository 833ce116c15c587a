using KbEngine.Core.Compilation;

namespace KbEngine.Core.Tests.Archive;

[Collection(CompiledArchiveGroup.Name)]
public class CompiledArchiveTests(CompiledArchive archive)
{
    [ArchiveFact]
    public void EveryArchiveArticleIsCompiled()
    {
        Assert.Equal(SharedCorpus.ArchiveArticleCount, archive.Report!.Articles);
        Assert.Empty(archive.Report.Failures);
        Assert.Equal(SharedCorpus.ArchiveArticleCount, archive.KnowledgeBase!.Tree.Statistics.Leaves);
    }

    [ArchiveFact]
    public void EveryStoredArticleAndRecordDecodesAndEncodesToTheSameBytes()
    {
        // A field the reader skipped or misread would encode differently.
        var count = 0;
        foreach (var (id, articleBytes, knowledgeBytes) in archive.KnowledgeBase!.StoredForms())
        {
            var article = ModelBlobs.DecodeArticle(KnowledgeBaseCompiler.Deflate(articleBytes), id);
            // Without a way to look ids up, as stored: references whose existence the knowledge base answers stay unknown.
            var knowledge = ModelBlobs.DecodeKnowledge(KnowledgeBaseCompiler.Deflate(knowledgeBytes), id);
            Assert.True(articleBytes.AsSpan().SequenceEqual(ModelBlobs.Encode(article)), id);
            Assert.True(knowledgeBytes.AsSpan().SequenceEqual(ModelBlobs.Encode(knowledge)), id);
            count++;
        }

        Assert.Equal(SharedCorpus.ArchiveArticleCount, count);
    }
}
