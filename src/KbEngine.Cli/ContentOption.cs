using System.CommandLine;
using KbEngine.Core.Ingest;

namespace KbEngine.Cli;

/// <summary>The <c>--content</c> option every command shares, and where the default corpus is found.</summary>
internal sealed class ContentOption : Option<string>
{
    /// <summary>Set to a folder or archive to change the default content without passing <c>--content</c>.</summary>
    public const string EnvironmentVariable = "KB_CONTENT";

    public ContentOption()
        : base("--content")
    {
        Description = "Articles to read: a folder of Markdown articles (any depth), a .tar.gz archive, or a knowledge base compiled by kb compile (.kbdb). " +
            $"Default: ${EnvironmentVariable}, else content/kb/ of this repository.";
        HelpName = "PATH";
        Recursive = true;
    }

    /// <summary>Opens the content for <paramref name="command"/>, or says on stderr why it cannot.</summary>
    public bool TryOpen(System.CommandLine.ParseResult result, string command, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IContentSource? source)
    {
        try
        {
            source = Open(result);
            return true;
        }
        catch (ContentNotFoundException e)
        {
            result.InvocationConfiguration.Error.WriteLine($"kb {command}: {e.Message}");
            source = null;
            return false;
        }
    }

    /// <summary>
    /// Opens the compiled knowledge base for <paramref name="command"/>: the <c>.kbdb</c> file named
    /// by <c>--content</c> (refused when its content changed since), else the default cache of the
    /// named content, compiled when needed. Says on stderr why it cannot.
    /// </summary>
    public bool TryOpenKnowledgeBase(System.CommandLine.ParseResult result, string command, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Core.Compilation.KnowledgeBase? knowledgeBase) =>
        TryOpenKnowledgeBase(result, command, CancellationToken.None, out knowledgeBase);

    /// <summary>As <see cref="TryOpenKnowledgeBase(System.CommandLine.ParseResult, string, out Core.Compilation.KnowledgeBase?)"/>; <paramref name="cancellationToken"/> stops an update or a compile of the cache.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; the cache is as it was.</exception>
    public bool TryOpenKnowledgeBase(System.CommandLine.ParseResult result, string command, CancellationToken cancellationToken, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Core.Compilation.KnowledgeBase? knowledgeBase)
    {
        var error = result.InvocationConfiguration.Error;
        knowledgeBase = null;
        try
        {
            var path = Path(result);
            if (path.EndsWith(Core.Compilation.KnowledgeBaseFormat.Extension, StringComparison.OrdinalIgnoreCase))
            {
                knowledgeBase = Core.Compilation.KnowledgeBase.Open(path);
                var source = knowledgeBase.ContentSource;
                if ((Directory.Exists(source) || File.Exists(source)) && !knowledgeBase.IsCurrentFor(source))
                {
                    knowledgeBase.Dispose();
                    knowledgeBase = null;
                    error.WriteLine($"kb {command}: {path} is stale: {source} changed after it was compiled; run `kb compile --content {source} --out {path}`");
                    return false;
                }

                return true;
            }

            _ = ContentSources.Open(path); // the same checks and messages as every other command
            knowledgeBase = KnowledgeBaseCache.Open(path, error, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is ContentNotFoundException or ArgumentException or Core.Compilation.KnowledgeBaseException)
        {
            error.WriteLine($"kb {command}: {e.Message}");
            return false;
        }
    }

    /// <summary>Opens the content named on the command line, or the default corpus.</summary>
    /// <exception cref="ContentNotFoundException">Nothing usable was named or found.</exception>
    public IContentSource Open(System.CommandLine.ParseResult result)
    {
        var path = Path(result);
        try
        {
            return ContentSources.Open(path);
        }
        catch (ArgumentException e)
        {
            throw new ContentNotFoundException(e.Message);
        }
    }

    /// <summary>The content path named on the command line, in KB_CONTENT, or the default corpus.</summary>
    /// <exception cref="ContentNotFoundException">Nothing was named and the default corpus was not found.</exception>
    public string Path(System.CommandLine.ParseResult result)
    {
        var path = result.GetValue(this);
        if (string.IsNullOrEmpty(path))
        {
            path = Environment.GetEnvironmentVariable(EnvironmentVariable);
        }

        if (string.IsNullOrEmpty(path))
        {
            path = FindDefault() ?? throw new ContentNotFoundException(
                "no --content given and the default corpus content/kb/ was not found above the current folder " +
                "or the kb executable: pass --content PATH (a folder of articles or a .tar.gz archive)");
        }

        return path;
    }

    private static string? FindDefault()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = System.IO.Path.Combine(folder.FullName, "content", "kb");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
