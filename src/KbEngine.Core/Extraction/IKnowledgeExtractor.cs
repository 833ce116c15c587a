namespace KbEngine.Core.Extraction;

/// <summary>Extracts one part of a knowledge record. Extractors run in the order of the pipeline, each adding to the record being built.</summary>
public interface IKnowledgeExtractor
{
    /// <summary>Reads what this extractor knows about from the article in <paramref name="context"/> into <paramref name="record"/>.</summary>
    void Extract(ExtractionContext context, KnowledgeRecordBuilder record);
}
