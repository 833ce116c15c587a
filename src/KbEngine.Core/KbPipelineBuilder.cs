using System.Collections.Immutable;
using KbEngine.Core.Extraction;
using KbEngine.Core.Ingest;
using KbEngine.Core.Parsing;

namespace KbEngine.Core;

/// <summary>Configures the stages of a <see cref="KbPipeline"/>; extensions add their readers and extractors here.</summary>
public sealed class KbPipelineBuilder
{
    /// <summary>
    /// The block readers, tried in order at each line. Lists come before tables and literal
    /// blocks because an indented list is still a list; the paragraph reader is last because it
    /// accepts any line.
    /// </summary>
    public List<IBlockReader> BlockReaders { get; } =
        [new StepListReader(), new BulletListReader(), new TableReader(), new LiteralBlockReader(), new ParagraphReader()];

    /// <summary>
    /// The knowledge extractors, run in order. Applicability comes first and symptoms before
    /// conditions: the status, remedy and condition extractors read what those found. Curated rules come
    /// last, to override what extraction found.
    /// </summary>
    public List<IKnowledgeExtractor> Extractors { get; } =
    [
        new ApplicabilityExtractor(), new StatusExtractor(), new SymptomExtractor(), new ErrorMessageExtractor(),
        new ConditionExtractor(), new CauseExtractor(), new RemedyExtractor(), new ReferenceExtractor(), new CuratedRuleExtractor(),
    ];

    /// <summary>The product catalog, condition vocabulary and curated rules; by default the ones embedded from <c>content/</c>.</summary>
    public KnowledgeData? Data { get; set; }

    /// <summary>The largest article file accepted, in bytes.</summary>
    public int MaxArticleBytes { get; set; } = ArticleEnvelopeReader.DefaultMaxArticleBytes;

    /// <summary>Builds the immutable pipeline.</summary>
    public KbPipeline Build() =>
        new(
            new ArticleEnvelopeReader(MaxArticleBytes),
            new ArticleParser(new BlockParser([.. BlockReaders])),
            new KnowledgeExtractor([.. Extractors], Data ?? KnowledgeData.Embedded));
}
