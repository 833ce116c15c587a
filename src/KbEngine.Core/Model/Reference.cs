namespace KbEngine.Core.Model;

/// <summary>A line that cites another article: <c>Q148389 XFOR: How to Backbone MSMail 3.x over Exchange</c>.</summary>
/// <param name="Id">The cited article (<c>Q148389</c>).</param>
/// <param name="Title">The cited title as written on the line.</param>
/// <param name="Span">Where the line is.</param>
public sealed record Reference(string Id, string Title, SourceSpan Span);
