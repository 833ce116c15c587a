namespace KbEngine.Core.Model;

/// <summary>One item of "The information in this article applies to:", continuation lines joined.</summary>
/// <param name="Text">The item without its <c>-</c> marker (<c>Microsoft Exchange Server, versions 4.0, 5.0, 5.5</c>).</param>
/// <param name="Span">Where the item is.</param>
public sealed record AppliesToEntry(string Text, SourceSpan Span);
