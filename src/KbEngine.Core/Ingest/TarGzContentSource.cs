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
        Read(name => true, cancellationToken);

    /// <inheritdoc />
    public SourceDocument? FindArticle(string articleId) =>
        Read(name => ArticleFileFilter.IsArticleFile(name, articleId)).FirstOrDefault();

    private IEnumerable<SourceDocument> Read(Func<string, bool> wanted, CancellationToken cancellationToken = default)
    {
        using var file = new FileStream(_archivePath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        const string articlePrefix = ArticleFileFilter.ArchiveArticleFolder + "/";
        bool? archiveLayout = null;
        while (tar.GetNextEntry() is { } entry)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile)
                || entry.DataStream is null)
            {
                continue;
            }

            var name = entry.Name.StartsWith("./", StringComparison.Ordinal) ? entry.Name[2..] : entry.Name;
            archiveLayout ??= name.StartsWith(articlePrefix, StringComparison.Ordinal)
                || name.StartsWith("id/", StringComparison.Ordinal);
            if (!ArticleFileFilter.IsMarkdown(name)
                || (archiveLayout == true && !name.StartsWith(articlePrefix, StringComparison.Ordinal))
                || !wanted(name))
            {
                continue;
            }

            var content = new byte[entry.Length];
            entry.DataStream.ReadExactly(content);
            yield return new SourceDocument($"{_archivePath}!{name}", content);
        }
    }
}
