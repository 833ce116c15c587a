using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace KbEngine.Benchmarks;

/// <summary>Timing helpers shared by the benchmark modes: percentiles of samples and formatting.</summary>
internal static partial class Measure
{
    private const int ClockThreadCpuTime = 3;

    /// <summary>
    /// The CPU time the calling thread has used, in milliseconds (Linux: clock_gettime(CLOCK_THREAD_CPUTIME_ID));
    /// NaN elsewhere. Unlike wall time it does not grow when other processes compete for the cores, so it
    /// is what the figures would be on an idle machine (less cache and frequency effects).
    /// </summary>
    public static double ThreadCpuMilliseconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            return double.NaN;
        }

        return ClockGetTime(ClockThreadCpuTime, out var time) == 0 ? (time.Seconds * 1e3) + (time.Nanoseconds / 1e6) : double.NaN;
    }

    /// <summary>The <paramref name="percent"/>th percentile (nearest rank) of <paramref name="samples"/>.</summary>
    public static double Percentile(IReadOnlyCollection<double> samples, double percent)
    {
        if (samples.Count == 0)
        {
            return double.NaN;
        }

        var sorted = samples.Order().ToArray();
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    /// <summary>The median (the mean of the two middle samples when their number is even).</summary>
    public static double Median(IReadOnlyCollection<double> samples)
    {
        if (samples.Count == 0)
        {
            return double.NaN;
        }

        var sorted = samples.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>Milliseconds of a Stopwatch timestamp difference.</summary>
    public static double Milliseconds(long started) => Stopwatch.GetElapsedTime(started).TotalMilliseconds;

    /// <summary>Formats with the invariant culture.</summary>
    public static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>The machine's load averages and cores, for reading the figures (other work competes for the CPU).</summary>
    public static string Load()
    {
        var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
        return F($"load average {load} on {Environment.ProcessorCount} cores");
    }

    /// <summary>The process's peak working set, in MB.</summary>
    public static double PeakWorkingSetMegabytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / 1e6;
    }

    /// <summary>The value following <paramref name="name"/> in <paramref name="args"/>, or null.</summary>
    public static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i + 1 < args.Count; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }

        return null;
    }

    /// <summary>The integer value following <paramref name="name"/>, or <paramref name="fallback"/>.</summary>
    public static int IntOption(IReadOnlyList<string> args, string name, int fallback) =>
        Option(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private readonly struct TimeSpec
    {
        public readonly long Seconds;
        public readonly long Nanoseconds;
    }
}
