using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KbEngine.Core.Ingest;

namespace KbEngine.Core.Compilation;

/// <summary>
/// A cheap fingerprint of content (each article file's path, size and modification time), to tell
/// in milliseconds whether a compiled knowledge base is still current. The content's real hash
/// (of every byte) is recorded at compile time beside it.
/// </summary>
public static class ContentFingerprint
{
    /// <summary>The fingerprint of a folder of articles or of an archive file.</summary>
    public static string Of(string contentPath)
    {
        ArgumentNullException.ThrowIfNull(contentPath);
        if (Directory.Exists(contentPath))
        {
            return Of(contentPath, Files(contentPath));
        }

        var info = new FileInfo(contentPath);
        return Hash(string.Create(CultureInfo.InvariantCulture, $"{info.FullName}\t{info.Length}\t{info.LastWriteTimeUtc.Ticks}\n"));
    }

    /// <summary>The fingerprint of a folder whose files <see cref="Files"/> listed.</summary>
    public static string Of(string folder, IReadOnlyList<ContentFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var root = Path.GetFullPath(folder);
        var text = new StringBuilder(files.Count * 64);
        foreach (var file in files)
        {
            text.Append(CultureInfo.InvariantCulture, $"{Path.GetRelativePath(root, file.Path)}\t{file.Size}\t{file.Modified}\n");
        }

        return Hash(text.ToString());
    }

    /// <summary>
    /// The files a compile of the folder reads (<see cref="FolderContentSource.ArticlePattern"/> below
    /// <see cref="FolderContentSource.TopOf"/>), in its order, with their full paths, sizes and times.
    /// </summary>
    /// <remarks>The archive keeps each article in a folder of its own: the 600 folders above them are listed on every core.</remarks>
    public static IReadOnlyList<ContentFile> Files(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var top = new DirectoryInfo(FolderContentSource.TopOf(folder));
        var found = new ConcurrentBag<ContentFile>();
        foreach (var file in top.EnumerateFiles(FolderContentSource.ArticlePattern))
        {
            found.Add(new ContentFile(file.FullName, file.Length, file.LastWriteTimeUtc.Ticks));
        }

        Parallel.ForEach(top.EnumerateDirectories(), directory =>
        {
            foreach (var file in directory.EnumerateFiles(FolderContentSource.ArticlePattern, SearchOption.AllDirectories))
            {
                found.Add(new ContentFile(file.FullName, file.Length, file.LastWriteTimeUtc.Ticks));
            }
        });
        return [.. found.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
