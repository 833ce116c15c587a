using System.Collections.Immutable;
using KbEngine.Core.Ingest;
using KbEngine.Core.Parsing;

namespace KbEngine.Core;

/// <summary>Configures the stages of a <see cref="KbPipeline"/>; extensions add their readers here.</summary>
public sealed class KbPipelineBuilder
{
    /// <summary>
    /// The block readers, tried in order at each line. Lists come before tables and literal
    /// blocks because an indented list is still a list; the paragraph reader is last because it
    /// accepts any line.
    /// </summary>
    public List<IBlockReader> BlockReaders { get; } =
        [new StepListReader(), new BulletListReader(), new TableReader(), new LiteralBlockReader(), new ParagraphReader()];

    /// <summary>The largest article file accepted, in bytes.</summary>
    public int MaxArticleBytes { get; set; } = ArticleEnvelopeReader.DefaultMaxArticleBytes;

    /// <summary>Builds the immutable pipeline.</summary>
    public KbPipeline Build() =>
        new(new ArticleEnvelopeReader(MaxArticleBytes), new ArticleParser(new BlockParser([.. BlockReaders])));
}
