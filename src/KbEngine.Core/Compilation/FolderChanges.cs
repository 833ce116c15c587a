using System.Collections.Concurrent;

namespace KbEngine.Core.Compilation;

/// <summary>
/// What changed in a content folder since it was compiled, found without listing it again: every
/// file compiled is looked at (its size and time), and every folder's time tells whether an entry
/// was added, removed or renamed in it; only such folders are listed.
/// </summary>
/// <remarks>
/// On the archive (60,335 articles, each in a folder of its own) this looks at 120,000 paths in
/// about 0.2 s, where listing the folders again took 0.6–0.8 s. An editor that saves by writing a
/// new file and renaming it over the old one changes its folder's time: that folder is listed, and
/// finds the same names.
/// </remarks>
/// <param name="Files">The article files now, in path order; complete only when nothing was added or removed.</param>
/// <param name="Modified">The full paths of the files compiled whose size or time changed.</param>
/// <param name="AddedOrRemoved">A file added or removed, or null when there is none.</param>
/// <param name="Folders">The folders whose time changed (or that appeared), with their time now.</param>
/// <param name="FoldersGone">The folders compiled that are gone.</param>
internal sealed record FolderChanges(
    IReadOnlyList<ContentFile> Files,
    IReadOnlyList<string> Modified,
    string? AddedOrRemoved,
    IReadOnlyList<ContentFolder> Folders,
    IReadOnlyList<string> FoldersGone)
{
    /// <summary>Compares the folder with what was compiled from it.</summary>
    /// <param name="compiled">Every file compiled, in path order.</param>
    /// <param name="folders">Every folder compiled, with its time then.</param>
    public static FolderChanges Find(IReadOnlyList<ContentFile> compiled, IReadOnlyList<ContentFolder> folders)
    {
        var now = new ContentFile[compiled.Count];
        var missing = new ConcurrentBag<string>();
        Parallel.For(0, compiled.Count, i =>
        {
            var info = new FileInfo(compiled[i].Path);
            if (info.Exists)
            {
                now[i] = new ContentFile(compiled[i].Path, info.Length, info.LastWriteTimeUtc.Ticks);
            }
            else
            {
                missing.Add(compiled[i].Path);
            }
        });

        var changedFolders = new ConcurrentBag<ContentFolder>();
        var gone = new ConcurrentBag<string>();
        Parallel.ForEach(folders, folder =>
        {
            var info = new DirectoryInfo(folder.Path);
            if (!info.Exists)
            {
                gone.Add(folder.Path);
            }
            else if (info.LastWriteTimeUtc.Ticks != folder.Modified)
            {
                changedFolders.Add(new ContentFolder(folder.Path, info.LastWriteTimeUtc.Ticks));
            }
        });

        var modified = new List<string>();
        for (var i = 0; i < compiled.Count; i++)
        {
            if (now[i].Path is not null && (now[i].Size != compiled[i].Size || now[i].Modified != compiled[i].Modified))
            {
                modified.Add(compiled[i].Path);
            }
        }

        var addedOrRemoved = missing.Order(StringComparer.Ordinal).FirstOrDefault();
        var times = changedFolders.ToList();
        if (addedOrRemoved is null && times.Count > 0)
        {
            addedOrRemoved = Added(times, compiled, folders);
        }

        return new FolderChanges(now, modified, addedOrRemoved, [.. times.OrderBy(f => f.Path, StringComparer.Ordinal)], [.. gone.Order(StringComparer.Ordinal)]);
    }

    /// <summary>
    /// Lists the folders whose time changed: an article file that was not compiled is an addition;
    /// a new folder is listed whole, and its times join <paramref name="times"/> when it holds no article.
    /// </summary>
    private static string? Added(List<ContentFolder> times, IReadOnlyList<ContentFile> compiled, IReadOnlyList<ContentFolder> folders)
    {
        var files = compiled.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var known = folders.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var folder in times.ToList())
        {
            foreach (var entry in new DirectoryInfo(folder.Path).EnumerateFileSystemInfos())
            {
                if (entry is FileInfo file && ContentFingerprint.IsArticleFile(file) && !files.Contains(file.FullName))
                {
                    return file.FullName;
                }

                if (entry is DirectoryInfo directory && !known.Contains(directory.FullName))
                {
                    var listing = ContentFingerprint.Below(directory.FullName);
                    if (listing.Files.Count > 0)
                    {
                        return listing.Files[0].Path;
                    }

                    times.AddRange(listing.Folders);
                }
            }
        }

        return null;
    }
}
