namespace KbEngine.Core.Ingest;

/// <summary>A place articles are read from: a folder, an archive, …</summary>
/// <remarks>
/// Sources only deliver bytes; turning them into text and articles is the envelope reader's job,
/// so that every source reports bad input the same way.
/// </remarks>
public interface IContentSource
{
    /// <summary>A short human description of the source, for messages and reports.</summary>
    string Description { get; }

    /// <summary>Reads every article file of the source, in a stable order.</summary>
    IEnumerable<SourceDocument> ReadDocuments(CancellationToken cancellationToken = default);

    /// <summary>Reads the file of one article, found by its path (<c>…/Q199534/README.md</c> or <c>…/Q199534.md</c>), or null.</summary>
    /// <param name="articleId">The article id, <c>Q</c> included.</param>
    SourceDocument? FindArticle(string articleId);

    /// <summary>The ids of the articles of the source, read from their paths without parsing them.</summary>
    IEnumerable<string> ArticleIds();
}
