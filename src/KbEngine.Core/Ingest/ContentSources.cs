namespace KbEngine.Core.Ingest;

/// <summary>Opens the content source a path names: a folder of articles or a <c>.tar.gz</c> archive.</summary>
public static class ContentSources
{
    /// <summary>Opens <paramref name="path"/> as a content source.</summary>
    /// <exception cref="ArgumentException">The path is neither a folder nor a <c>.tar.gz</c> archive.</exception>
    public static IContentSource Open(string path)
    {
        if (Directory.Exists(path))
        {
            return new FolderContentSource(path);
        }

        if (path.EndsWith(Compilation.KnowledgeBaseFormat.Extension, StringComparison.OrdinalIgnoreCase) && File.Exists(path))
        {
            return new Compilation.KnowledgeBaseContentSource(path);
        }

        if (TarGzContentSource.Handles(path))
        {
            return new TarGzContentSource(path);
        }

        throw new ArgumentException(
            File.Exists(path)
                ? $"'{path}' is a file but not a .tar.gz archive: expected a folder of articles, a .tar.gz archive or a compiled .kbdb knowledge base."
                : $"'{path}' does not exist: expected a folder of articles, a .tar.gz archive or a compiled .kbdb knowledge base.",
            nameof(path));
    }
}
