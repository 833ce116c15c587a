using System.Collections.Immutable;
using KbEngine.Core.Model;

namespace KbEngine.Core.Parsing;

/// <summary>Splits a region of an article body into blocks with the pipeline's ordered block readers.</summary>
public sealed class BlockParser
{
    private readonly ImmutableArray<IBlockReader> _readers;

    /// <summary>Creates a parser that tries <paramref name="readers"/> in order; the last should accept any line.</summary>
    public BlockParser(ImmutableArray<IBlockReader> readers) => _readers = readers;

    /// <summary>Reads the blocks of lines <paramref name="start"/> to <paramref name="end"/> (exclusive).</summary>
    public ImmutableArray<Block> Parse(ArticleBody body, int start, int end, int baseIndent = 0, string? precedingText = null)
    {
        var blocks = ImmutableArray.CreateBuilder<Block>();
        var context = new BlockReadContext(body, this, baseIndent, precedingText);
        var i = body.SkipBlank(start, end);
        while (i < end)
        {
            var next = i;
            Block? block = null;
            foreach (var reader in _readers)
            {
                if (reader.TryRead(context, i, end, out block, out next) && next > i)
                {
                    break;
                }

                block = null;
            }

            if (block is null)
            {
                // No reader claimed the line: keep it as a paragraph rather than lose it.
                next = i + 1;
                block = ParagraphReader.Create(body, i, i);
            }

            blocks.Add(block);
            context.PrecedingText = block.TrailingText;
            i = body.SkipBlank(next, end);
        }

        return blocks.ToImmutable();
    }
}
