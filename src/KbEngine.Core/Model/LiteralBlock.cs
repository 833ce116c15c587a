namespace KbEngine.Core.Model;

/// <summary>
/// Text set off by indentation and meant to be read exactly: a quoted error message, code, an
/// event-log excerpt, a reference line.
/// </summary>
public sealed record LiteralBlock : Block
{
    /// <inheritdoc />
    public override string Kind => "literal";

    /// <summary>The indentation common to every line of <see cref="Block.Text"/>, in characters.</summary>
    public required int Indent { get; init; }
}
