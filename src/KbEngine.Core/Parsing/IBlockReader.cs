using KbEngine.Core.Model;

namespace KbEngine.Core.Parsing;

/// <summary>Reads one kind of block from an article body. Readers are tried in the order of the pipeline.</summary>
/// <remarks>
/// A reader that returns true must consume at least the line it started on; the lines it
/// consumes belong to its block (or to blocks nested in it) and to no other.
/// </remarks>
public interface IBlockReader
{
    /// <summary>Tries to read a block that starts at line <paramref name="start"/>.</summary>
    /// <param name="context">The body and the parser, for nested content.</param>
    /// <param name="start">The first line: never blank.</param>
    /// <param name="limit">The end of the region the block must stay in (exclusive).</param>
    /// <param name="block">The block read.</param>
    /// <param name="after">The first line after the block.</param>
    bool TryRead(BlockReadContext context, int start, int limit, out Block? block, out int after);
}
