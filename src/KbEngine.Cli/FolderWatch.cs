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
/// A folder deleted and made again (a fresh copy unpacked in its place) loses its watch without
/// an error: the folders are looked for every second, and watched anew when one went missing.
/// </remarks>
internal sealed class FolderWatch : IDisposable
{
    // How often a wait looks at the count of changes: cheap, and short beside the quiet time.
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(50);
    private const int TicksBetweenLooks = 20;

    private readonly string[] _folders;
    private readonly Func<string, bool> _ignored;
    private readonly TimeSpan _quiet;
    private readonly TimeSpan _poll;
    private List<FileSystemWatcher> _watchers = [];
    private long _changes;
    private long _handled;
    private string? _fallback;
    private bool _lost;

    /// <param name="folders">The folders to watch, with everything below them.</param>
    /// <param name="ignored">Paths whose changes do not count (the site being written, when it is below a watched folder).</param>
    /// <param name="quiet">How long nothing must change before a change is reported.</param>
    /// <param name="poll">How often to look when the folders cannot be watched.</param>
    public FolderWatch(IEnumerable<string> folders, Func<string, bool> ignored, TimeSpan quiet, TimeSpan poll)
    {
        _folders = [.. folders];
        _ignored = ignored;
        _quiet = quiet;
        _poll = poll;
        Watch();
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
        for (var ticks = 0; Interlocked.Read(ref _changes) == Interlocked.Read(ref _handled) && Fallback is null; ticks++)
        {
            await Task.Delay(Tick, cancellationToken).ConfigureAwait(false);
            if (ticks % TicksBetweenLooks == 0)
            {
                LookForLostFolders();
            }
        }

        if (Fallback is not null)
        {
            await Task.Delay(_poll, cancellationToken).ConfigureAwait(false);
            return;
        }

        for (var seen = Interlocked.Read(ref _changes); ;)
        {
            await Task.Delay(_quiet, cancellationToken).ConfigureAwait(false);
            LookForLostFolders();
            var now = Interlocked.Read(ref _changes);
            if (now == seen)
            {
                Interlocked.Exchange(ref _handled, now);
                return;
            }

            seen = now;
        }
    }

    public void Dispose() => Unwatch();

    private void Watch()
    {
        var watchers = new List<FileSystemWatcher>();
        foreach (var folder in _folders.Where(Directory.Exists))
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
            watcher.Error += OnError;
            watchers.Add(watcher);
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

        _watchers = watchers;
    }

    private void Unwatch()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
    }

    /// <summary>Watches the folders anew once one that went missing is back; counts that as a change.</summary>
    private void LookForLostFolders()
    {
        if (Fallback is not null)
        {
            return;
        }

        if (_folders.Any(folder => !Directory.Exists(folder)))
        {
            _lost = true;
            return;
        }

        if (_lost)
        {
            _lost = false;
            Unwatch();
            Watch();
            Interlocked.Increment(ref _changes);
        }
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        if (!_ignored(e.FullPath))
        {
            Interlocked.Increment(ref _changes);
        }
    }

    private void OnError(object sender, ErrorEventArgs e)
    {
        if (e.GetException() is InternalBufferOverflowException)
        {
            // Too many changes at once (a checkout of many articles) to tell them apart: one change, and the update finds them all.
            Interlocked.Increment(ref _changes);
            return;
        }

        Fall(e.GetException().Message);
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
