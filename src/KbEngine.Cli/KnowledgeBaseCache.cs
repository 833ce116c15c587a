using System.Security.Cryptography;
using System.Text;
using KbEngine.Core.Compilation;

namespace KbEngine.Cli;

/// <summary>
/// The default compiled knowledge base of each content folder or archive, kept in the user's cache
/// folder and rebuilt when the content or the engine changed.
/// </summary>
internal static class KnowledgeBaseCache
{
    /// <summary>Set to a folder to keep compiled knowledge bases there instead of the user's cache folder.</summary>
    public const string EnvironmentVariable = "KB_CACHE";

    /// <summary>The cache file of the content at <paramref name="contentPath"/>.</summary>
    public static string PathFor(string contentPath)
    {
        var folder = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrEmpty(folder))
        {
            var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            folder = Path.Combine(
                string.IsNullOrEmpty(cache) ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache") : cache,
                "kbengine");
        }

        var full = Path.GetFullPath(contentPath);
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(full)).AsSpan(0, 8));
        return Path.Combine(folder, $"{Path.GetFileName(full.TrimEnd(Path.DirectorySeparatorChar))}-{key}{KnowledgeBaseFormat.Extension}");
    }

    /// <summary>Opens the cache of the content, compiling it first when it is missing, stale or of another engine build.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; the cache is as it was.</exception>
    public static KnowledgeBase Open(string contentPath, TextWriter error, CancellationToken cancellationToken = default)
    {
        var file = PathFor(contentPath);
        if (File.Exists(file))
        {
            try
            {
                // A folder's cache is checked and brought up to date in one listing of the folder; an archive's only checked.
                if (Directory.Exists(contentPath))
                {
                    var update = KnowledgeBaseCompiler.Default.Update(contentPath, file, cancellationToken);
                    if (update.Updated)
                    {
                        if (update.Changed.Count > 0)
                        {
                            error.WriteLine($"kb: {Changed(update)} in {file} ({update.Elapsed.TotalMilliseconds:N0} ms)");
                        }

                        return KnowledgeBase.Open(file);
                    }

                    error.WriteLine($"kb: {file} is out of date ({update.Reason}): compiling it again");
                }
                else
                {
                    var cached = KnowledgeBase.Open(file);
                    if (cached.EngineBuild == EngineBuild.Id && cached.IsCurrentFor(contentPath))
                    {
                        return cached;
                    }

                    cached.Dispose();
                }
            }
            catch (KnowledgeBaseException)
            {
                // A cache of another format or a damaged one: compiled again below.
            }
        }

        error.WriteLine($"kb: compiling {contentPath} into {file} (once, until the content or the engine changes)");
        Compile(contentPath, file, error, "compiling", cancellationToken);
        return KnowledgeBase.Open(file);
    }

    /// <summary>What an update did, in words: <c>compiled 1 changed article again (Q199534)</c>.</summary>
    public static string Changed(UpdateReport update) =>
        update.Changed.Count == 0 ? "nothing changed"
        : $"compiled {update.Changed.Count:N0} changed article{(update.Changed.Count == 1 ? "" : "s")} again ({string.Join(", ", update.Changed.Take(5))}{(update.Changed.Count > 5 ? ", …" : "")})";

    /// <summary>Compiles the content into <paramref name="file"/>, with a progress line on stderr (on a terminal, after a second).</summary>
    public static CompileReport Compile(string contentPath, string file, TextWriter error, string label, CancellationToken cancellationToken = default)
    {
        var progress = new CountProgress();
        using (new Output.ProgressReporter(error, () => $"{label}: {progress.Count:N0} articles"))
        {
            return KnowledgeBaseCompiler.Default.Compile(contentPath, file, progress, cancellationToken);
        }
    }

    /// <summary>The count of articles compiled, reported on the compiling thread itself (System.Progress would post to the thread pool).</summary>
    private sealed class CountProgress : IProgress<int>
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Report(int value) => Volatile.Write(ref _count, value);
    }
}
