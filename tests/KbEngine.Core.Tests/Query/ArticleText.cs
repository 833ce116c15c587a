using System.Collections.Concurrent;
using System.Text;
using KbEngine.Core.Ingest;

namespace KbEngine.Core.Tests.Query;

/// <summary>The whole text of each article, as the BM25 baseline indexes it.</summary>
/// <remarks>
/// "Whole text" is the front matter title followed by every line of the article body (the
/// Markdown page heading and the <c>{% raw %}</c> wrapper are not part of it, the header block
/// with Product(s), Version(s) and Keyword(s) and the trailing Keywords/Technology lines are).
/// The rest of the front matter (layout, permalink) is left out: it repeats the id and the title.
/// </remarks>
public static class ArticleText
{
    /// <summary>The title and body lines of <paramref name="envelope"/>, one per line.</summary>
    public static string Of(ArticleEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var text = new StringBuilder(envelope.Title.Length + envelope.Text.Length);
        text.Append(envelope.Title).Append('\n');
        foreach (var line in envelope.Lines)
        {
            text.Append(envelope.LineText(line)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Every article of <paramref name="source"/> as (id, whole text), read in parallel, ordered by id.</summary>
    /// <exception cref="InvalidOperationException">A file is not an article or has no id in its path.</exception>
    public static IReadOnlyList<(string Id, string Text)> ReadAll(IContentSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var reader = KbPipeline.Default.Envelopes;
        var articles = new ConcurrentBag<(string Id, string Text)>();
        var failures = new ConcurrentBag<string>();
        source.ReadDocuments().AsParallel().ForAll(document =>
        {
            var id = ArticleFileFilter.IdFromPath(document.Path);
            var result = reader.Read(document);
            if (id is null || result.Envelope is null)
            {
                failures.Add($"{document.Path}: " + (id is null ? "no article id in the path" : string.Join("; ", result.Diagnostics)));
                return;
            }

            articles.Add((id, Of(result.Envelope)));
        });

        if (!failures.IsEmpty)
        {
            throw new InvalidOperationException(
                $"{failures.Count} files of {source.Description} could not be read: " + string.Join("\n", failures.Take(5)));
        }

        return [.. articles.OrderBy(article => article.Id, StringComparer.Ordinal)];
    }
}
