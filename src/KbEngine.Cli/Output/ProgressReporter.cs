namespace KbEngine.Cli.Output;

/// <summary>
/// A one-line progress indicator on stderr, shown only when stderr is a terminal and the work
/// has taken more than a second, so pipes and quick runs stay clean.
/// </summary>
internal sealed class ProgressReporter : IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly TextWriter _error;
    private readonly Func<string> _status;
    private readonly Timer? _timer;
    private readonly Lock _gate = new();
    private bool _shown;

    public ProgressReporter(TextWriter error, Func<string> status)
    {
        _error = error;
        _status = status;
        if (ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected)
        {
            _timer = new Timer(_ => Show(), null, Delay, Interval);
        }
    }

    public void Dispose()
    {
        _timer?.Dispose();
        lock (_gate)
        {
            if (_shown)
            {
                _error.Write("\r\u001b[2K");
                _error.Flush();
            }

            _shown = false;
        }
    }

    private void Show()
    {
        lock (_gate)
        {
            _error.Write($"\r\u001b[2K{_status()}");
            _error.Flush();
            _shown = true;
        }
    }
}
