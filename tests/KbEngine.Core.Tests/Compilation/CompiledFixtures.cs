using KbEngine.Core.Compilation;

namespace KbEngine.Core.Tests.Compilation;

/// <summary>The fixture articles compiled once into a knowledge base, shared by the tests that read one.</summary>
public sealed class CompiledFixtures : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public CompiledFixtures()
    {
        // The seed form of Q199534 would be a duplicate id: the archive form stands for it.
        foreach (var name in FixtureArticles.All().Where(n => !n.Contains(".seed", StringComparison.Ordinal)))
        {
            _folder.Write($"kb/{name}.md", File.ReadAllBytes(FixtureArticles.PathOf(name)));
        }

        Content = Path.Combine(_folder.Path, "kb");
        KnowledgeBaseFile = Path.Combine(_folder.Path, "fixtures" + KnowledgeBaseFormat.Extension);
        Report = KnowledgeBaseCompiler.Default.Compile(Content, KnowledgeBaseFile);
        KnowledgeBase = KnowledgeBase.Open(KnowledgeBaseFile);
    }

    public string Content { get; }

    public string KnowledgeBaseFile { get; }

    public CompileReport Report { get; }

    public KnowledgeBase KnowledgeBase { get; }

    public void Dispose()
    {
        KnowledgeBase.Dispose();
        _folder.Dispose();
    }
}
