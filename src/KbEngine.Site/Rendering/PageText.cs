namespace KbEngine.Site.Rendering;

/// <summary>
/// A rendered page: the layout's text, with the page's content to be put in place of the
/// <paramref name="SlotLength"/> characters at <paramref name="SlotAt"/>. Kept in two pieces so
/// that the page is put together once, in the buffer it is written from.
/// </summary>
/// <param name="Layout">The layout as rendered (the whole page when <paramref name="SlotLength"/> is 0 and <paramref name="Content"/> empty).</param>
/// <param name="SlotAt">Where the content goes.</param>
/// <param name="SlotLength">How many characters of the layout it replaces.</param>
/// <param name="Content">The page's content.</param>
internal readonly record struct PageText(string Layout, int SlotAt, int SlotLength, string Content)
{
    /// <summary>A page rendered in one piece.</summary>
    public static PageText Whole(string text) => new(text, text.Length, 0, "");

    /// <summary>The page's length in characters.</summary>
    public int Length => Layout.Length - SlotLength + Content.Length;

    /// <summary>Copies the page into <paramref name="into"/>, which holds at least <see cref="Length"/> characters.</summary>
    public void CopyTo(Span<char> into)
    {
        Layout.AsSpan(0, SlotAt).CopyTo(into);
        Content.AsSpan().CopyTo(into[SlotAt..]);
        Layout.AsSpan(SlotAt + SlotLength).CopyTo(into[(SlotAt + Content.Length)..]);
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(Length, this, (into, page) => page.CopyTo(into));
}
