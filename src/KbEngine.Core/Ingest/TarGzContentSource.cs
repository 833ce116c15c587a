using System.Formats.Tar;
using System.IO.Compression;

namespace KbEngine.Core.Ingest;

/// <summary>Streams the articles of a <c>.tar.gz</c> archive without unpacking it.</summary>
/// <remarks>Entries are delivered in archive order; the archive is read once, front to back.</remarks>
public sealed class TarGzContentSource : IContentSource
{
    private readonly string _archivePath;

    /// <summary>Creates a source over the archive at <paramref name="archivePath"/>.</summary>
    /// <exception cref="FileNotFoundException">The archive does not exist.</exception>
    public TarGzContentSource(string archivePath)
    {
        if (!File.Exists(archivePath))
        {
            throw new FileNotFoundException($"Archive '{archivePath}' does not exist.", archivePath);
        }

        _archivePath = archivePath;
    }

    /// <inheritdoc />
    public string Description => _archivePath;

    /// <summary>Whether <paramref name="path"/> names a file this source can read.</summary>
    public static bool Handles(string path) =>
        path.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public IEnumerable<SourceDocument> ReadDocuments(CancellationToken cancellationToken = default) =>
        ArticleEntries(cancellationToken).Select(Read);

    /// <inheritdoc />
    public SourceDocument? FindArticle(string articleId) =>
        ArticleEntries().Where(entry => ArticleFileFilter.IsArticleFile(entry.Name, articleId)).Select(Read).FirstOrDefault();

    /// <inheritdoc />
    public IEnumerable<string> ArticleIds() =>
        ArticleEntries().Select(entry => ArticleFileFilter.IdFromPath(entry.Name)).OfType<string>();

    private SourceDocument Read((string Name, TarEntry Entry) entry)
    {
        var content = new byte[entry.Entry.Length];
        entry.Entry.DataStream!.ReadExactly(content);
        return new SourceDocument($"{_archivePath}!{entry.Name}", content);
    }

    /// <summary>The article entries in archive order; an entry's data can be read until the next one is taken.</summary>
    private IEnumerable<(string Name, TarEntry Entry)> ArticleEntries(CancellationToken cancellationToken = default)
    {
        using var file = new FileStream(_archivePath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        const string articlePrefix = ArticleFileFilter.ArchiveArticleFolder + "/";
        bool? archiveLayout = null;
        while (tar.GetNextEntry() is { } entry)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null)
            {
                continue;
            }

            var name = entry.Name.StartsWith("./", StringComparison.Ordinal) ? entry.Name[2..] : entry.Name;
            archiveLayout ??= name.StartsWith(articlePrefix, StringComparison.Ordinal)
                || name.StartsWith("id/", StringComparison.Ordinal);
            if (ArticleFileFilter.IsMarkdown(name)
                && (archiveLayout == false || name.StartsWith(articlePrefix, StringComparison.Ordinal)))
            {
                yield return (name, entry);
            }
        }
    }
}
