using System.Text;

namespace KbEngine.Site.Rendering;

/// <summary>
/// One thread's buffers for the page it writes: the page put together, and its UTF-8 bytes.
/// Kept from page to page: both only live until the page is checked, hashed and written, and new
/// arrays for each of the 120,000 pages of the archive's site were garbage for the collector.
/// </summary>
internal sealed class PageBuffer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    [ThreadStatic]
    private static PageBuffer? t_buffer;

    private char[] _text = [];
    private byte[] _bytes = [];

    /// <summary>The buffer of the calling thread.</summary>
    public static PageBuffer OfThisThread => t_buffer ??= new PageBuffer();

    /// <summary><paramref name="page"/> in one piece, valid until the next call on this thread.</summary>
    public ReadOnlySpan<char> Assemble(PageText page)
    {
        if (page.SlotLength == 0 && page.Content.Length == 0)
        {
            return page.Layout;
        }

        if (_text.Length < page.Length)
        {
            _text = new char[Math.Max(page.Length, _text.Length * 2)];
        }

        page.CopyTo(_text);
        return _text.AsSpan(0, page.Length);
    }

    /// <summary><paramref name="text"/> as UTF-8, valid until the next call on this thread.</summary>
    public ReadOnlySpan<byte> Encode(ReadOnlySpan<char> text)
    {
        var most = Utf8.GetMaxByteCount(text.Length);
        if (_bytes.Length < most)
        {
            _bytes = new byte[Math.Max(most, _bytes.Length * 2)];
        }

        return _bytes.AsSpan(0, Utf8.GetBytes(text, _bytes));
    }
}
