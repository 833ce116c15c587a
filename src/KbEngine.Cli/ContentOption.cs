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
        Description = "Articles to read: a folder of Markdown articles (any depth) or a .tar.gz archive. " +
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

    /// <summary>Opens the content named on the command line, or the default corpus.</summary>
    /// <exception cref="ContentNotFoundException">Nothing usable was named or found.</exception>
    public IContentSource Open(System.CommandLine.ParseResult result)
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

        try
        {
            return ContentSources.Open(path);
        }
        catch (ArgumentException e)
        {
            throw new ContentNotFoundException(e.Message);
        }
    }

    private static string? FindDefault()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "content", "kb");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
