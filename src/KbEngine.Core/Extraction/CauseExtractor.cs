namespace KbEngine.Core.Extraction;

/// <summary>Reads the sentences of the CAUSE section.</summary>
public sealed class CauseExtractor : IKnowledgeExtractor
{
    /// <inheritdoc />
    public void Extract(ExtractionContext context, KnowledgeRecordBuilder record)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(record);
        if (context.Section("CAUSE") is { } cause)
        {
            record.Cause.AddRange(context.Sentences(cause));
        }
    }
}
