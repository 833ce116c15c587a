namespace KbEngine.Site.Views;

/// <summary>A line of a list page: text, the URL it leads to (relative to the site root, or null when the site has no such page), and a note or count.</summary>
/// <param name="Text">What the link says.</param>
/// <param name="Url">Where it leads, relative to the site root; null for plain text.</param>
/// <param name="Note">A second line or a label (an article's area, a product's id).</param>
/// <param name="Count">How many articles are behind it, or 0.</param>
public sealed record LinkItem(string Text, string? Url, string? Note = null, int Count = 0);
