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
    public static KnowledgeBase Open(string contentPath, TextWriter error)
    {
        var file = PathFor(contentPath);
        if (File.Exists(file))
        {
            try
            {
                var cached = KnowledgeBase.Open(file);
                if (cached.EngineBuild == EngineBuild.Id && cached.IsCurrentFor(contentPath))
                {
                    return cached;
                }

                cached.Dispose();
            }
            catch (KnowledgeBaseException)
            {
                // A cache of another format or a damaged one: compiled again below.
            }
        }

        error.WriteLine($"kb: compiling {contentPath} into {file} (once, until the content or the engine changes)");
        var compiled = 0;
        using (new Output.ProgressReporter(error, () => $"compiling: {Volatile.Read(ref compiled):N0} articles"))
        {
            KnowledgeBaseCompiler.Default.Compile(contentPath, file, new Progress(count => Volatile.Write(ref compiled, count)));
        }

        return KnowledgeBase.Open(file);
    }

    /// <summary>Progress reported on the compiling thread itself (System.Progress would post to the thread pool).</summary>
    internal sealed class Progress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
