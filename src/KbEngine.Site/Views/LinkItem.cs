namespace KbEngine.Site.Views;

/// <summary>A line of a list page: text, the URL it leads to (relative to the site root, or null when the site has no such page), and a note or count.</summary>
/// <remarks>
/// A class, not a record: Scriban's <c>for</c> compares each item with the one before it (for
/// <c>for.changed</c>), and a record's value equality reading both items' strings was 1% of a
/// full build's CPU, over the crumbs of 59,544 tree pages and lists of thousands of articles.
/// </remarks>
/// <param name="text">What the link says.</param>
/// <param name="url">Where it leads, relative to the site root; null for plain text.</param>
/// <param name="note">A second line or a label (an article's area, a product's id).</param>
/// <param name="count">How many articles are behind it, or 0.</param>
public sealed class LinkItem(string text, string? url, string? note = null, int count = 0)
{
    /// <summary>What the link says.</summary>
    public string Text => text;

    /// <summary>Where it leads, relative to the site root; null for plain text.</summary>
    public string? Url => url;

    /// <summary>A second line or a label (an article's area, a product's id).</summary>
    public string? Note => note;

    /// <summary>How many articles are behind it, or 0.</summary>
    public int Count => count;
}
