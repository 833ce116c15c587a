namespace KbEngine.Core.Ingest;

/// <summary>Decides which files of a content tree are articles.</summary>
/// <remarks>
/// Articles are Markdown files. When the tree has a top-level <c>kb/</c> folder (the archive's
/// layout), only files under it are articles: the archive's <c>id/</c> browse pages are not.
/// </remarks>
internal static class ArticleFileFilter
{
    public const string ArchiveArticleFolder = "kb";

    public static bool IsMarkdown(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    /// <summary>The archive's folder of an article: <c>199/Q199534</c> (the number in thousands, three digits).</summary>
    public static string ArchiveFolder(string articleId) =>
        Path.Combine(
            (int.Parse(articleId.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture) / 1000).ToString("000", System.Globalization.CultureInfo.InvariantCulture),
            articleId);

    /// <summary>The article id a path names (<c>…/Q199534/README.md</c> or <c>…/Q199534.md</c>), or null.</summary>
    public static string? IdFromPath(string path)
    {
        var normalized = path.Replace('\\', '/');
        var name = normalized.EndsWith("/README.md", StringComparison.OrdinalIgnoreCase)
            ? normalized[..^"/README.md".Length]
            : normalized[..^".md".Length];
        name = name[(name.LastIndexOf('/') + 1)..];
        return name.Length > 1 && (name[0] == 'Q' || name[0] == 'q') && !name.AsSpan(1).ContainsAnyExceptInRange('0', '9')
            ? "Q" + name[1..]
            : null;
    }

    /// <summary>Whether <paramref name="path"/> is the file of <paramref name="articleId"/>.</summary>
    public static bool IsArticleFile(string path, string articleId) =>
        string.Equals(IdFromPath(path), articleId, StringComparison.OrdinalIgnoreCase);
}
