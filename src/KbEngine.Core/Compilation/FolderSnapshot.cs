using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace KbEngine.Core.Compilation;

/// <summary>
/// What a content folder held when it was compiled: every article file (path, size, time, SHA-256)
/// and every folder with its time, kept in the <c>snapshot</c> table as three blobs: the names
/// (<c>names</c>), one fixed-size record per file (<c>files</c>) and one time per folder (<c>folders</c>).
/// </summary>
/// <remarks>
/// Blobs, not rows: an update in place needs all of it at once, and reading 120,000 rows through
/// Microsoft.Data.Sqlite took 0.15–0.25 s where decoding the blobs takes milliseconds. The records
/// have a fixed size so that an update rewrites the few bytes of the files it compiled again in
/// place (SQLite's incremental blob I/O) instead of the whole 3 MB. Names are relative to
/// <see cref="Top"/>, with '/' between names.
/// </remarks>
internal sealed class FolderSnapshot
{
    private const int Version = 1;
    private const int FileRecord = 16 + SHA256.HashSizeInBytes;

    private readonly string[] _filePaths;
    private readonly byte[] _files;
    private readonly string[] _folderPaths;
    private readonly long[] _folderTimes;

    private FolderSnapshot(string top, string[] files, byte[] fileRecords, string[] folders, long[] folderTimes)
    {
        Top = top;
        _filePaths = files;
        _files = fileRecords;
        _folderPaths = folders;
        _folderTimes = folderTimes;
    }

    /// <summary>The folder the articles are read from (see <see cref="Ingest.FolderContentSource.TopOf"/>), full path.</summary>
    public string Top { get; }

    /// <summary>Every article file's full path, in path order.</summary>
    public IReadOnlyList<string> FilePaths => _filePaths;

    /// <summary>The top folder and every folder below it (full paths), in path order.</summary>
    public IReadOnlyList<string> FolderPaths => _folderPaths;

    /// <summary>The position of a file in <see cref="FilePaths"/>, or a negative number.</summary>
    public int IndexOf(string file) => Array.BinarySearch(_filePaths, file, StringComparer.Ordinal);

    /// <summary>The files as compiled: path, size and time.</summary>
    public IReadOnlyList<ContentFile> Files() =>
        [.. FilePaths.Select((path, i) => new ContentFile(path, Read(i, 0), Read(i, 8)))];

    /// <summary>The folders as compiled: path and time.</summary>
    public IReadOnlyList<ContentFolder> Folders() =>
        [.. FolderPaths.Select((path, i) => new ContentFolder(path, _folderTimes[i]))];

    /// <summary>The SHA-256 of the files' hashes in path order: the content hash of a folder.</summary>
    public string ContentHash()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        for (var i = 0; i < FilePaths.Count; i++)
        {
            hash.AppendData(_files.AsSpan((i * FileRecord) + 16, SHA256.HashSizeInBytes));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>A snapshot of a folder just listed and compiled.</summary>
    /// <param name="top">The top folder, full path.</param>
    /// <param name="files">Every article file in path order, with the SHA-256 compiled (zeros for one that could not be read).</param>
    /// <param name="folders">Every folder in path order.</param>
    public static FolderSnapshot Of(string top, IReadOnlyList<(ContentFile File, byte[] Hash)> files, IReadOnlyList<ContentFolder> folders)
    {
        var records = new byte[files.Count * FileRecord];
        for (var i = 0; i < files.Count; i++)
        {
            WriteRecord(records.AsSpan(i * FileRecord, FileRecord), files[i].File, files[i].Hash);
        }

        return new FolderSnapshot(top, [.. files.Select(f => f.File.Path)], records, [.. folders.Select(f => f.Path)], [.. folders.Select(f => f.Modified)]);
    }

    /// <summary>Reads the snapshot of a compiled knowledge base, or null when it has none (compiled from an archive).</summary>
    /// <exception cref="KnowledgeBaseException">The snapshot is of another version or damaged.</exception>
    public static FolderSnapshot? Read(SqliteConnection connection)
    {
        var parts = SqliteCommands.Rows(connection, "SELECT part, data FROM snapshot", r => (Part: r.GetString(0), Data: (byte[])r[1]))
            .ToDictionary(p => p.Part, p => p.Data, StringComparer.Ordinal);
        if (parts.Count == 0)
        {
            return null;
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(parts["names"]), Encoding.UTF8);
            if (reader.ReadInt32() != Version)
            {
                throw new KnowledgeBaseException("the folder snapshot is of another version");
            }

            var top = reader.ReadString();
            var separator = Path.DirectorySeparatorChar.ToString();
            string Full(string relative) => relative.Length == 0 ? top : string.Concat(top, separator, separator == "/" ? relative : relative.Replace('/', Path.DirectorySeparatorChar));
            var files = new string[reader.ReadInt32()];
            for (var i = 0; i < files.Length; i++)
            {
                files[i] = Full(reader.ReadString());
            }

            var folders = new string[reader.ReadInt32()];
            for (var i = 0; i < folders.Length; i++)
            {
                folders[i] = Full(reader.ReadString());
            }

            var times = parts["folders"];
            var folderTimes = new long[folders.Length];
            for (var i = 0; i < folderTimes.Length; i++)
            {
                folderTimes[i] = BinaryPrimitives.ReadInt64LittleEndian(times.AsSpan(i * 8));
            }

            return parts["files"].Length == files.Length * FileRecord
                ? new FolderSnapshot(top, files, parts["files"], folders, folderTimes)
                : throw new KnowledgeBaseException("the folder snapshot's records do not match its names");
        }
        catch (Exception e) when (e is EndOfStreamException or KeyNotFoundException or ArgumentOutOfRangeException)
        {
            throw new KnowledgeBaseException("the folder snapshot is damaged", e);
        }
    }

    /// <summary>Writes the whole snapshot (replacing any other).</summary>
    public void Write(SqliteConnection connection)
    {
        using var names = new MemoryStream();
        using (var writer = new BinaryWriter(names, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Version);
            writer.Write(Top);
            writer.Write(FilePaths.Count);
            foreach (var path in FilePaths)
            {
                writer.Write(Relative(path));
            }

            writer.Write(FolderPaths.Count);
            foreach (var path in FolderPaths)
            {
                writer.Write(Relative(path));
            }
        }

        var times = new byte[_folderTimes.Length * 8];
        for (var i = 0; i < _folderTimes.Length; i++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(times.AsSpan(i * 8), _folderTimes[i]);
        }

        using var replace = SqliteCommands.Prepare(connection, "REPLACE INTO snapshot (part, data) VALUES ($part, $data)");
        SqliteCommands.Run(replace, "names", names.ToArray());
        SqliteCommands.Run(replace, "files", _files);
        SqliteCommands.Run(replace, "folders", times);
    }

    /// <summary>
    /// Brings the snapshot up to date after an update: the files compiled again get their size, time
    /// and hash now, the folders their times now. Only those bytes are written when no folder came or
    /// went; otherwise the names and folder times are written again.
    /// </summary>
    /// <returns>The snapshot as written.</returns>
    public FolderSnapshot Update(SqliteConnection connection, IReadOnlyList<(int Index, ContentFile File, byte[] Hash)> files, FolderChanges folders)
    {
        var records = (byte[])_files.Clone();
        foreach (var (index, file, hash) in files)
        {
            WriteRecord(records.AsSpan(index * FileRecord, FileRecord), file, hash);
        }

        if (folders.FoldersGone.Count > 0 || folders.Folders.Any(f => BinarySearch(f.Path) < 0))
        {
            var all = Folders().ToDictionary(f => f.Path, StringComparer.Ordinal);
            foreach (var folder in folders.Folders)
            {
                all[folder.Path] = folder;
            }

            foreach (var gone in folders.FoldersGone)
            {
                all.Remove(gone);
            }

            var ordered = all.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
            var whole = new FolderSnapshot(Top, _filePaths, records, [.. ordered.Select(f => f.Path)], [.. ordered.Select(f => f.Modified)]);
            whole.Write(connection);
            return whole;
        }

        var folderTimes = (long[])_folderTimes.Clone();
        var changedFolders = folders.Folders.Select(f => (Index: BinarySearch(f.Path), f.Modified)).ToList();
        foreach (var (index, modified) in changedFolders)
        {
            folderTimes[index] = modified;
        }

        using (var blob = Open(connection, "files"))
        {
            foreach (var (index, _, _) in files)
            {
                blob.Position = (long)index * FileRecord;
                blob.Write(records, index * FileRecord, FileRecord);
            }
        }

        using (var blob = Open(connection, "folders"))
        {
            Span<byte> time = stackalloc byte[8];
            foreach (var (index, modified) in changedFolders)
            {
                BinaryPrimitives.WriteInt64LittleEndian(time, modified);
                blob.Position = (long)index * 8;
                blob.Write(time);
            }
        }

        return new FolderSnapshot(Top, _filePaths, records, _folderPaths, folderTimes);
    }

    private static SqliteBlob Open(SqliteConnection connection, string part)
    {
        var rowid = SqliteCommands.Rows(connection, "SELECT rowid FROM snapshot WHERE part = $part", r => r.GetInt64(0), ("$part", part)).Single();
        return new SqliteBlob(connection, "snapshot", "data", rowid);
    }

    private int BinarySearch(string folder) => Array.BinarySearch(_folderPaths, folder, StringComparer.Ordinal);

    private long Read(int file, int offset) => BinaryPrimitives.ReadInt64LittleEndian(_files.AsSpan((file * FileRecord) + offset));

    private static void WriteRecord(Span<byte> record, ContentFile file, byte[] hash)
    {
        BinaryPrimitives.WriteInt64LittleEndian(record, file.Size);
        BinaryPrimitives.WriteInt64LittleEndian(record[8..], file.Modified);
        hash.CopyTo(record[16..]);
    }

    /// <summary>A path below <see cref="Top"/>, relative to it with '/' between names (empty for the top itself).</summary>
    private string Relative(string path) =>
        path.Length == Top.Length ? "" : path[(Top.Length + 1)..].Replace(Path.DirectorySeparatorChar, '/');
}
