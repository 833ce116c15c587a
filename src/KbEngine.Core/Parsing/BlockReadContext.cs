using System.Collections.Immutable;
using KbEngine.Core.Model;

namespace KbEngine.Core.Parsing;

/// <summary>What a block reader sees: the body, the region's indentation and what came just before.</summary>
public sealed class BlockReadContext
{
    private readonly BlockParser _parser;

    internal BlockReadContext(ArticleBody body, BlockParser parser, int baseIndent, string? precedingText)
    {
        Body = body;
        _parser = parser;
        BaseIndent = baseIndent;
        PrecedingText = precedingText;
    }

    /// <summary>The article body.</summary>
    public ArticleBody Body { get; }

    /// <summary>The indentation of the region: 0 in a section, more inside a list item.</summary>
    public int BaseIndent { get; }

    /// <summary>Whether the region is the content nested under a list item.</summary>
    public bool IsNested => BaseIndent > 0;

    /// <summary>The text just before the current block (the previous block, or the list item that holds the region).</summary>
    public string? PrecedingText { get; internal set; }

    /// <summary>Whether the preceding text announces what follows ("… the following error:").</summary>
    public bool FollowsColon => PrecedingText is { Length: > 0 } text && text[^1] == ':';

    /// <summary>Parses the blocks nested in a list item.</summary>
    public ImmutableArray<Block> ParseNested(int start, int end, int baseIndent, string itemText) =>
        _parser.Parse(Body, start, end, baseIndent, itemText);
}
