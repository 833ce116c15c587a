using KbEngine.Core.Compilation;

namespace KbEngine.Core.Tests.Archive;

/// <summary>The full archive compiled once per test run, for the tests that judge the compiled form (skipped without the archive).</summary>
public sealed class CompiledArchive : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public CompiledArchive()
    {
        if (!SharedCorpus.Exists)
        {
            return;
        }

        File = Path.Combine(_folder.Path, "archive" + KnowledgeBaseFormat.Extension);
        Report = KnowledgeBaseCompiler.Default.Compile(SharedCorpus.ArchivePath!, File);
        KnowledgeBase = KnowledgeBase.Open(File);
    }

    public string? File { get; }

    public CompileReport? Report { get; }

    public KnowledgeBase? KnowledgeBase { get; }

    public void Dispose()
    {
        KnowledgeBase?.Dispose();
        _folder.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class CompiledArchiveGroup : ICollectionFixture<CompiledArchive>
{
    public const string Name = "Compiled archive";
}
