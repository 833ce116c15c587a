using System.Collections.Immutable;
using KbEngine.Core.Knowledge;
using KbEngine.Core.Model;

namespace KbEngine.Core.Extraction;

/// <summary>What an extractor reads: the parsed article, the domain data, and the ids the content holds.</summary>
public sealed class ExtractionContext
{
    private readonly Dictionary<Section, ImmutableArray<Sentence>> _sentences = [];
    private readonly Dictionary<Section, List<Block>> _blocks = [];

    internal ExtractionContext(Article article, KnowledgeData data, IReadOnlySet<string>? knownIds)
    {
        Article = article;
        Data = data;
        KnownIds = knownIds;
    }

    /// <summary>The article.</summary>
    public Article Article { get; }

    /// <summary>The product catalog and the condition vocabulary.</summary>
    public KnowledgeData Data { get; }

    /// <summary>The ids of the articles in the content, or null when they are not known.</summary>
    public IReadOnlySet<string>? KnownIds { get; }

    /// <summary>The first top-level section whose heading is one of <paramref name="headings"/> (any case), or null.</summary>
    public Section? Section(params string[] headings) =>
        Article.Sections.FirstOrDefault(section => section.Heading is { } heading
            && headings.Any(wanted => heading.Equals(wanted, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The sentences of the running text of a section (paragraphs and list items, sub-sections included), computed once.</summary>
    public ImmutableArray<Sentence> Sentences(Section section)
    {
        ArgumentNullException.ThrowIfNull(section);
        if (!_sentences.TryGetValue(section, out var sentences))
        {
            sentences = [.. BlocksOf(section).SelectMany(block => BlockSentences.Of(block, section.Heading))];
            _sentences[section] = sentences;
        }

        return sentences;
    }

    /// <summary>Every block of a section in document order, nested ones included; computed once per article.</summary>
    public IReadOnlyList<Block> BlocksOf(Section section)
    {
        ArgumentNullException.ThrowIfNull(section);
        if (!_blocks.TryGetValue(section, out var blocks))
        {
            blocks = [];
            foreach (var block in section.Blocks.Concat(section.Subsections.SelectMany(sub => sub.Blocks)))
            {
                AddWithDescendants(block, blocks);
            }

            _blocks[section] = blocks;
        }

        return blocks;
    }

    /// <summary>A provenance for a whole block.</summary>
    public static Provenance Where(Section? section, Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return new Provenance(section?.Heading, block.Kind, block.Span);
    }

    private static void AddWithDescendants(Block block, List<Block> into)
    {
        into.Add(block);
        foreach (var child in block.Children)
        {
            AddWithDescendants(child, into);
        }
    }
}
