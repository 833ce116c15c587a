namespace KbEngine.Core.Knowledge;

/// <summary>A cited article, and whether the content holds it.</summary>
/// <param name="Id">The cited article (<c>Q148389</c>).</param>
/// <param name="Title">Its title as the citing line gives it.</param>
/// <param name="Exists">Whether the article is in the content; null when the content was not known at extraction. A compiled knowledge base answers it when it reads the record (see <see cref="Compilation.KnowledgeBase"/>).</param>
/// <param name="Provenance">The reference line.</param>
public sealed record ReferenceLink(string Id, string Title, bool? Exists, Provenance Provenance);
