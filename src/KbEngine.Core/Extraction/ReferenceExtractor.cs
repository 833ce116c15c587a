using KbEngine.Core.Knowledge;

namespace KbEngine.Core.Extraction;

/// <summary>Lists the cited articles once each, in order of first citation, and whether the content holds them.</summary>
public sealed class ReferenceExtractor : IKnowledgeExtractor
{
    /// <inheritdoc />
    public void Extract(ExtractionContext context, KnowledgeRecordBuilder record)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(record);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reference in context.Article.References)
        {
            if (seen.Add(reference.Id))
            {
                record.References.Add(new ReferenceLink(
                    reference.Id,
                    reference.Title,
                    context.KnownIds?.Contains(reference.Id),
                    new Provenance(null, "reference", reference.Span)));
            }
        }
    }
}
