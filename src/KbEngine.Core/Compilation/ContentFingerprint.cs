using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KbEngine.Core.Ingest;

namespace KbEngine.Core.Compilation;

/// <summary>
/// A cheap fingerprint of content (each article file's path, size and modification time), to tell
/// in milliseconds whether a compiled knowledge base is still current. The content's real hash
/// (of every byte) is recorded at compile time beside it.
/// </summary>
public static class ContentFingerprint
{
    /// <summary>The fingerprint of a folder of articles or of an archive file.</summary>
    public static string Of(string contentPath)
    {
        ArgumentNullException.ThrowIfNull(contentPath);
        var text = new StringBuilder();
        if (Directory.Exists(contentPath))
        {
            var root = Path.GetFullPath(contentPath);
            foreach (var file in Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (ArticleFileFilter.IdFromPath(file) is not null)
                {
                    var info = new FileInfo(file);
                    text.Append(CultureInfo.InvariantCulture, $"{Path.GetRelativePath(root, file)}\t{info.Length}\t{info.LastWriteTimeUtc.Ticks}\n");
                }
            }
        }
        else
        {
            var info = new FileInfo(contentPath);
            text.Append(CultureInfo.InvariantCulture, $"{info.FullName}\t{info.Length}\t{info.LastWriteTimeUtc.Ticks}\n");
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
