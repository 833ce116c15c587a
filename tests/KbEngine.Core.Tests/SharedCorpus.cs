namespace KbEngine.Core.Tests;

/// <summary>
/// The full KB archive in ../shared/corpus beside the repository (CI always has it; a user's own
/// clone may not). Set KB_ARCHIVE to use another copy.
/// </summary>
public static class SharedCorpus
{
    public const int ArchiveArticleCount = 60_335;

    public static string? ArchivePath { get; } = Find();

    public static bool Exists => ArchivePath is not null;

    public static string SkipReason =>
        "the KB archive was not found: expected ../shared/corpus/kbarchive.tar.gz beside the repository (or set KB_ARCHIVE)";

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string? Find()
    {
        var path = Environment.GetEnvironmentVariable("KB_ARCHIVE");
        if (string.IsNullOrEmpty(path))
        {
            path = Path.GetFullPath(Path.Combine(FindRepositoryRoot(), "..", "shared", "corpus", "kbarchive.tar.gz"));
        }

        return File.Exists(path) ? path : null;
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "KbEngine.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"KbEngine.sln not found above {AppContext.BaseDirectory}");
    }
}

/// <summary>A fact that needs the full archive: skipped, with the reason, when it is absent.</summary>
public sealed class ArchiveFactAttribute : FactAttribute
{
    public ArchiveFactAttribute()
    {
        if (!SharedCorpus.Exists)
        {
            Skip = SharedCorpus.SkipReason;
        }
    }
}
