using System.Collections.Immutable;

namespace KbEngine.Core.Model;

/// <summary>A plain-text table: a header row over a dash rule, or rows drawn with <c>|</c>.</summary>
public sealed record Table : Block
{
    /// <inheritdoc />
    public override string Kind => "table";

    /// <summary>The header cells; empty when the table has no header.</summary>
    public required ImmutableArray<string> Header { get; init; }

    /// <summary>The data rows, each a list of trimmed cells.</summary>
    public required ImmutableArray<ImmutableArray<string>> Rows { get; init; }
}
