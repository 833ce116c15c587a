namespace KbEngine.Core.Ingest;

/// <summary>Reads every article under a folder, at any depth.</summary>
public sealed class FolderContentSource : IContentSource
{
    private readonly string _root;

    /// <summary>Creates a source over <paramref name="root"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public FolderContentSource(string root)
    {
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"Content folder '{root}' does not exist.");
        }

        _root = root;
    }

    /// <inheritdoc />
    public string Description => _root;

    /// <inheritdoc />
    public IEnumerable<SourceDocument> ReadDocuments(CancellationToken cancellationToken = default)
    {
        foreach (var file in ArticleFiles())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new SourceDocument(file, File.ReadAllBytes(file));
        }
    }

    /// <inheritdoc />
    public SourceDocument? FindArticle(string articleId)
    {
        // The archive layout first (one file check), then any file named after the article.
        var direct = Path.Combine(Top, ArticleFileFilter.ArchiveFolder(articleId), "README.md");
        var file = File.Exists(direct)
            ? direct
            : ArticleFiles().FirstOrDefault(path => ArticleFileFilter.IsArticleFile(path, articleId));
        return file is null ? null : new SourceDocument(file, File.ReadAllBytes(file));
    }

    /// <inheritdoc />
    public IEnumerable<string> ArticleIds() =>
        ArticleFiles().Select(ArticleFileFilter.IdFromPath).OfType<string>();

    private string Top => TopOf(_root);

    /// <summary>The files a folder source reads, below <see cref="TopOf"/>: Markdown files at any depth.</summary>
    public const string ArticlePattern = "*.md";

    private IEnumerable<string> ArticleFiles() =>
        Directory.EnumerateFiles(Top, ArticlePattern, SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal);

    /// <summary>The folder the articles are read from: <c>kb/</c> inside the archive's layout, else the folder itself.</summary>
    public static string TopOf(string root)
    {
        var archiveFolder = Path.Combine(root, ArticleFileFilter.ArchiveArticleFolder);
        return Directory.Exists(archiveFolder) ? archiveFolder : root;
    }
}
