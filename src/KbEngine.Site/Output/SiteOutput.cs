using System.Collections.Concurrent;
using System.IO.Hashing;
using Microsoft.Win32.SafeHandles;

namespace KbEngine.Site.Output;

/// <summary>
/// Where a build's files go until the build has succeeded. Without a previous build to compare with,
/// the whole site is written into a staging folder that then replaces the output folder. With one,
/// a file whose bytes are what the output already holds is not written at all, and only the files
/// that changed are staged, then moved over the old ones; files the build no longer makes are deleted.
/// </summary>
/// <remarks>
/// Either way nothing in the output folder is touched before every page has rendered, so a build
/// that fails leaves the old site as it was. An in-place commit is a series of renames, announced by
/// a journal file beside the output: if it is ever interrupted, the next build finds the journal and
/// builds the whole site afresh.
/// </remarks>
internal sealed class SiteOutput
{
    private readonly string _output;
    private readonly SiteState? _previous;
    private readonly bool _keepPrevious;
    // The previous build's hashes, read at once: at the start of a build that renders everything (it
    // compares every file), after 2,000 lookups one by one in an incremental one (a browse list links 60,000 pages).
    private volatile Dictionary<string, ulong>? _previousFiles;
    private readonly ConcurrentDictionary<string, ulong> _written = new(StringComparer.Ordinal);
    // A set: a file written twice in one build is staged once (moving it twice would fail).
    private readonly ConcurrentDictionary<string, byte> _staged = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _deleted = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private int _added;
    private int _lookups;

    private SiteOutput(string output, string staging, SiteState? previous, bool keepPrevious)
    {
        _output = output;
        Staging = staging;
        _previous = previous;
        _keepPrevious = keepPrevious && previous is not null;
        _previousFiles = previous is not null && !_keepPrevious ? previous.Files() : null;
    }

    /// <summary>The folder files are staged in.</summary>
    public string Staging { get; }

    /// <summary>Whether the output is updated file by file (there is a previous build to compare with).</summary>
    public bool InPlace => _previous is not null;

    /// <summary>The number of files written because their bytes changed (or all of them, for a fresh site).</summary>
    public int Written => _staged.Count;

    /// <summary>The number of files of the site after this build.</summary>
    public int FileCount => _keepPrevious ? _previous!.FileCount + _added - _deleted.Count : _written.Count;

    /// <summary>Starts a build of <paramref name="output"/>.</summary>
    /// <param name="output">The output folder (full path).</param>
    /// <param name="previous">The state of the output's last build, or null to write a fresh site.</param>
    /// <param name="keepPrevious">Whether files not written by this build stay (an incremental build); otherwise they are deleted.</param>
    public static SiteOutput Begin(string output, SiteState? previous, bool keepPrevious)
    {
        if (File.Exists(Journal(output)))
        {
            // An interrupted commit: the output is a mix of two builds, so it is rebuilt whole.
            previous = null;
            keepPrevious = false;
        }

        var parent = Path.GetDirectoryName(output) ?? throw new SiteBuildException($"{output}: cannot write a site at the root of a drive");
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.building-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return new SiteOutput(output, staging, previous is not null && Directory.Exists(output) ? previous : null, keepPrevious);
    }

    /// <summary>Writes a file at a path relative to the site root; unchanged bytes are not written again.</summary>
    public void Write(string relative, ReadOnlySpan<byte> bytes)
    {
        var hash = XxHash3.HashToUInt64(bytes);
        _written[relative] = hash;
        var old = PreviousHash(relative);
        if (old == hash)
        {
            return;
        }

        if (_keepPrevious && old is null && !_deleted.ContainsKey(relative))
        {
            Interlocked.Increment(ref _added);
        }

        var full = Path.Combine(Staging, relative);
        var folder = Path.GetDirectoryName(full)!;
        if (!_folders.ContainsKey(folder))
        {
            // Made before it is noted: another thread that finds it noted writes into it at once.
            Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, 0);
        }

        using (var handle = CreateFile(full))
        {
            RandomAccess.Write(handle, bytes, 0);
        }

        _staged.TryAdd(relative, 0);
    }

    /// <summary>
    /// Creates a file of the staging folder, which holds none yet. Not FileMode.Create: .NET
    /// truncates such a file after opening it, and ext4 takes a file truncated to nothing for one
    /// being replaced, so it allocates and starts writing its blocks when it is closed, on the
    /// rendering thread (6% of a fresh build's CPU over the archive's 124,000 files, perf).
    /// </summary>
    private static SafeFileHandle CreateFile(string path)
    {
        try
        {
            return File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);
        }
        catch (IOException) when (File.Exists(path))
        {
            return File.OpenHandle(path, FileMode.Create, FileAccess.Write); // written twice in one build: the last bytes win, as before
        }
    }

    /// <summary>Removes a file of the previous build (an incremental build's page that is gone).</summary>
    public void Delete(string relative)
    {
        if (_written.TryRemove(relative, out _) || (_keepPrevious && PreviousHash(relative) is not null))
        {
            _deleted.TryAdd(relative, 0);
        }
    }

    /// <summary>Whether the site has the file, as written by this build or kept from the last.</summary>
    public bool Has(string relative)
    {
        if (_written.ContainsKey(relative))
        {
            return true;
        }

        if (!_keepPrevious || _deleted.ContainsKey(relative))
        {
            return false;
        }

        return PreviousHash(relative) is not null;
    }

    /// <summary>Those of <paramref name="relatives"/> the site lacks (see <see cref="Has"/>), with the previous build's files looked up at once.</summary>
    public IReadOnlyList<string> Lacking(IEnumerable<string> relatives)
    {
        ArgumentNullException.ThrowIfNull(relatives);
        var unknown = relatives.Where(relative => !_written.ContainsKey(relative)).ToList();
        if (!_keepPrevious || _previousFiles is not null)
        {
            return [.. unknown.Where(relative => !Has(relative))];
        }

        var kept = _previous!.Existing(unknown);
        return [.. unknown.Where(relative => !kept.Contains(relative) || _deleted.ContainsKey(relative))];
    }

    /// <summary>The hash of a file in the previous build, or null when it had no such file (or there is none).</summary>
    private ulong? PreviousHash(string relative)
    {
        if (_previous is null)
        {
            return null;
        }

        if (_previousFiles is null && Interlocked.Increment(ref _lookups) > 2000)
        {
            lock (_written)
            {
                _previousFiles ??= _previous.Files();
            }
        }

        return _previousFiles is { } all ? (all.TryGetValue(relative, out var hash) ? hash : null) : _previous.HashOf(relative);
    }

    /// <summary>Puts the build in place of the output and saves its state beside it.</summary>
    /// <param name="state">The state, given the files this build wrote (all of them, or for an incremental build those that changed) and those it deleted.</param>
    public void Commit(Func<IReadOnlyDictionary<string, ulong>, IReadOnlyCollection<string>, SiteStateChange> state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (_previous is null)
        {
            SwapIn();
            SiteState.Create(_output, state(_written, []));
        }
        else
        {
            File.WriteAllText(Journal(_output), Staging);
            var gone = MoveInPlace();
            if (_keepPrevious)
            {
                var staged = _staged.Keys.Where(_written.ContainsKey).ToDictionary(path => path, path => _written[path], StringComparer.Ordinal);
                _previous.Apply(state(staged, gone));
            }
            else
            {
                _previous.Dispose();
                SiteState.Create(_output, state(_written, []));
            }
        }

        // Only once the state tells what the output holds: an interruption before this rebuilds the whole site.
        File.Delete(Journal(_output));
    }

    /// <summary>Drops what was staged; the output stays as it was.</summary>
    public void Abandon() => TryDelete(Staging);

    private static string Journal(string output) => SiteState.PathFor(output) + ".journal";

    /// <summary>Moves the staged files over the output and deletes the files this build no longer makes; returns those.</summary>
    private List<string> MoveInPlace()
    {
        var created = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relative in _staged.Keys)
        {
            var target = Path.Combine(_output, relative);
            var folder = Path.GetDirectoryName(target)!;
            if (created.Add(folder))
            {
                Directory.CreateDirectory(folder);
            }

            File.Move(Path.Combine(Staging, relative), target, overwrite: true);
        }

        var gone = _keepPrevious
            ? [.. _deleted.Keys]
            : _previousFiles!.Keys.Where(path => !_written.ContainsKey(path)).ToList();
        foreach (var relative in gone)
        {
            var file = Path.Combine(_output, relative);
            File.Delete(file);
            // A page is a folder of its own: the folder goes with it when nothing else is left there.
            var folder = Path.GetDirectoryName(file)!;
            if (folder.Length > _output.Length && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }

        TryDelete(Staging);
        return gone;
    }

    private void SwapIn()
    {
        string? old = null;
        if (Directory.Exists(_output))
        {
            old = _output + ".old-" + Guid.NewGuid().ToString("N");
            Directory.Move(_output, old);
        }

        try
        {
            Directory.Move(Staging, _output);
        }
        catch
        {
            if (old is not null)
            {
                Directory.Move(old, _output);
            }

            throw;
        }

        if (old is not null)
        {
            TryDelete(old);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; the build's outcome does not depend on it.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}
