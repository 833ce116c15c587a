using KbEngine.Core.Ingest;

namespace KbEngine.Core.Compilation;

/// <summary>
/// The article files kept in a compiled knowledge base, as a content source: what lets
/// <c>--content kb.kbdb</c> stand wherever a folder or an archive can (a compile, statistics).
/// </summary>
public sealed class KnowledgeBaseContentSource(string file) : IContentSource
{
    /// <inheritdoc />
    public string Description => file;

    /// <inheritdoc />
    public IEnumerable<SourceDocument> ReadDocuments(CancellationToken cancellationToken = default)
    {
        using var knowledgeBase = KnowledgeBase.Open(file);
        foreach (var id in knowledgeBase.ArticleIds().ToList())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return Document(knowledgeBase, id)!;
        }

        foreach (var failure in knowledgeBase.Failures())
        {
            yield return new SourceDocument(failure.Diagnostic.Path, failure.Raw);
        }
    }

    /// <inheritdoc />
    public SourceDocument? FindArticle(string articleId)
    {
        using var knowledgeBase = KnowledgeBase.Open(file);
        return Document(knowledgeBase, articleId);
    }

    /// <inheritdoc />
    public IEnumerable<string> ArticleIds()
    {
        using var knowledgeBase = KnowledgeBase.Open(file);
        return knowledgeBase.ArticleIds().ToList();
    }

    private static SourceDocument? Document(KnowledgeBase knowledgeBase, string id) =>
        knowledgeBase.RawText(id) is { } text
            ? new SourceDocument($"{knowledgeBase.File}/{ArticleFileFilter.ArchiveFolder(id)}/README.md", System.Text.Encoding.UTF8.GetBytes(text))
            : null;
}
