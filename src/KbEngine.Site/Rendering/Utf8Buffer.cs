using System.Text;

namespace KbEngine.Site.Rendering;

/// <summary>
/// One thread's buffer for a page's UTF-8 bytes, kept from page to page: the bytes only live
/// until they are hashed and written, and a new array for each of the 120,000 pages of the
/// archive's site was garbage for the collector to sweep.
/// </summary>
internal sealed class Utf8Buffer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    [ThreadStatic]
    private static Utf8Buffer? t_buffer;

    private byte[] _bytes = [];

    /// <summary>The buffer of the calling thread.</summary>
    public static Utf8Buffer OfThisThread => t_buffer ??= new Utf8Buffer();

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
