using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.IO.Enumeration;
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
            return Of(contentPath, List(contentPath).Files);
        }

        var info = new FileInfo(contentPath);
        return Hash(string.Create(CultureInfo.InvariantCulture, $"{info.FullName}\t{info.Length}\t{info.LastWriteTimeUtc.Ticks}\n"));
    }

    /// <summary>The fingerprint of a folder whose files <see cref="List"/> listed.</summary>
    public static string Of(string folder, IReadOnlyList<ContentFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var text = new StringBuilder(files.Count * 64);
        foreach (var file in files)
        {
            // Every file is below the root: cutting it off gives what Path.GetRelativePath would, at a tenth of the cost.
            var relative = file.Path.StartsWith(root, StringComparison.Ordinal) ? file.Path.AsSpan(root.Length) : Path.GetRelativePath(root, file.Path).AsSpan();
            text.Append(relative).Append('\t').Append(file.Size).Append('\t').Append(file.Modified).Append('\n');
        }

        return Hash(text.ToString());
    }

    /// <summary>
    /// The files a compile of the folder reads (<see cref="FolderContentSource.ArticlePattern"/> below
    /// <see cref="FolderContentSource.TopOf"/>), in its order, with their full paths, sizes and times,
    /// and the folders they are in.
    /// </summary>
    /// <remarks>
    /// Each folder's time is taken before its entries are listed, so a file added while it is listed
    /// changes the time that an update in place compares with (see <see cref="FolderChanges"/>).
    /// The archive keeps each article in a folder of its own: the 600 folders above them are listed on every core.
    /// </remarks>
    public static ContentListing List(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return Below(FolderContentSource.TopOf(folder));
    }

    /// <summary>Lists <paramref name="folder"/> and every folder below it, as <see cref="List"/> does below the top.</summary>
    internal static ContentListing Below(string folder)
    {
        var top = new DirectoryInfo(folder);
        var files = new ConcurrentBag<ContentFile>();
        var folders = new ConcurrentBag<ContentFolder>();
        var below = ListOne(top, files, folders);
        Parallel.ForEach(below, directory =>
        {
            var pending = new Stack<DirectoryInfo>([directory]);
            while (pending.TryPop(out var next))
            {
                foreach (var child in ListOne(next, files, folders))
                {
                    pending.Push(child);
                }
            }
        });
        return new ContentListing(
            [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)],
            [.. folders.OrderBy(f => f.Path, StringComparer.Ordinal)]);
    }

    /// <summary>Notes a folder and its article files; returns its subfolders.</summary>
    private static List<DirectoryInfo> ListOne(DirectoryInfo folder, ConcurrentBag<ContentFile> files, ConcurrentBag<ContentFolder> folders)
    {
        folders.Add(new ContentFolder(folder.FullName, folder.LastWriteTimeUtc.Ticks));
        var subfolders = new List<DirectoryInfo>();
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            if (entry is DirectoryInfo directory)
            {
                subfolders.Add(directory);
            }
            else if (entry is FileInfo file && IsArticleFile(file))
            {
                files.Add(new ContentFile(file.FullName, file.Length, file.LastWriteTimeUtc.Ticks));
            }
        }

        return subfolders;
    }

    /// <summary>Whether a compile reads the file: as Directory.EnumerateFiles matches the pattern, by case on Linux, not on Windows.</summary>
    internal static bool IsArticleFile(FileInfo file) =>
        FileSystemName.MatchesSimpleExpression(FolderContentSource.ArticlePattern, file.Name, ignoreCase: OperatingSystem.IsWindows());

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
