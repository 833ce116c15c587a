namespace KbEngine.Cli;

/// <summary>
/// Tells when files under some folders changed, for <c>kb build --watch</c>: a change is reported
/// once nothing more happened for a short quiet time, so an editor's save (a temporary file and a
/// rename) or a <c>git checkout</c> of many articles is one rebuild, not dozens.
/// </summary>
/// <remarks>
/// A <see cref="FileSystemWatcher"/> on Linux takes one inotify watch per folder, and the archive
/// has 60,000. Where the system's limit is lower the watcher fails; the folders are then looked at
/// every <c>poll</c> instead: every wait ends after that long, and the update that follows finds
/// what changed itself (it looks at every file's size and time, a few tenths of a second).
/// </remarks>
internal sealed class FolderWatch : IDisposable
{
    // How often a wait looks at the count of changes: cheap, and short beside the quiet time.
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(50);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Func<string, bool> _ignored;
    private readonly TimeSpan _quiet;
    private readonly TimeSpan _poll;
    private long _changes;
    private long _handled;
    private string? _fallback;

    /// <param name="folders">The folders to watch, with everything below them.</param>
    /// <param name="ignored">Paths whose changes do not count (the site being written, when it is below a watched folder).</param>
    /// <param name="quiet">How long nothing must change before a change is reported.</param>
    /// <param name="poll">How often to look when the folders cannot be watched.</param>
    public FolderWatch(IEnumerable<string> folders, Func<string, bool> ignored, TimeSpan quiet, TimeSpan poll)
    {
        _ignored = ignored;
        _quiet = quiet;
        _poll = poll;
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += OnChange;
            watcher.Created += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnChange;
            watcher.Error += (_, e) => Fall(e.GetException().Message);
            _watchers.Add(watcher);
            if (Fallback is not null)
            {
                continue;
            }

            try
            {
                watcher.EnableRaisingEvents = true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Fall(e.Message);
            }
        }
    }

    /// <summary>Why the folders are looked at every few seconds instead of watched, or null while they are watched.</summary>
    public string? Fallback => Volatile.Read(ref _fallback);

    /// <summary>
    /// Waits until something changed since the last wait returned (changes made meanwhile, during a
    /// rebuild, count) and then nothing for the quiet time; when the folders cannot be watched, for
    /// the poll interval.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        while (Interlocked.Read(ref _changes) == Interlocked.Read(ref _handled) && Fallback is null)
        {
            await Task.Delay(Tick, cancellationToken).ConfigureAwait(false);
        }

        if (Fallback is not null)
        {
            await Task.Delay(_poll, cancellationToken).ConfigureAwait(false);
            return;
        }

        for (var seen = Interlocked.Read(ref _changes); ;)
        {
            await Task.Delay(_quiet, cancellationToken).ConfigureAwait(false);
            var now = Interlocked.Read(ref _changes);
            if (now == seen)
            {
                Interlocked.Exchange(ref _handled, now);
                return;
            }

            seen = now;
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        if (!_ignored(e.FullPath))
        {
            Interlocked.Increment(ref _changes);
        }
    }

    private void Fall(string reason)
    {
        Interlocked.CompareExchange(ref _fallback, reason, null);
        foreach (var watcher in _watchers)
        {
            watcher.EnableRaisingEvents = false;
        }
    }
}
