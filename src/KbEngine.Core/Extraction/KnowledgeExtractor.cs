using System.Collections.Immutable;
using KbEngine.Core.Knowledge;
using KbEngine.Core.Model;

namespace KbEngine.Core.Extraction;

/// <summary>The Extract stage: turns a parsed <see cref="Article"/> into a <see cref="KnowledgeRecord"/> with the pipeline's extractors.</summary>
/// <remarks>Immutable and shared by threads; the per-article state lives in an <see cref="ExtractionContext"/>.</remarks>
public sealed class KnowledgeExtractor
{
    private readonly ImmutableArray<IKnowledgeExtractor> _extractors;
    private readonly KnowledgeData _data;

    /// <summary>Creates the stage from its extractors, run in order, and the domain data they read.</summary>
    public KnowledgeExtractor(ImmutableArray<IKnowledgeExtractor> extractors, KnowledgeData data)
    {
        _extractors = extractors;
        _data = data;
    }

    /// <summary>Extracts the knowledge record of <paramref name="article"/>.</summary>
    /// <param name="article">The parsed article.</param>
    /// <param name="knownIds">The ids of the articles in the content, to tell which references exist; null when unknown.</param>
    public KnowledgeRecord Extract(Article article, IReadOnlySet<string>? knownIds = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        var context = new ExtractionContext(article, _data, knownIds);
        var record = new KnowledgeRecordBuilder(article.Id);
        foreach (var extractor in _extractors)
        {
            extractor.Extract(context, record);
        }

        return record.Build();
    }
}
