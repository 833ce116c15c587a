using System.Buffers;
using System.Text.Unicode;

namespace KbEngine.Core.Ingest;

/// <summary>Tells text from binary before a file is decoded, so a bad byte is reported where it is.</summary>
internal static class TextDecoding
{
    // Control characters other than tab, line feed, carriage return and form feed do not occur in
    // text articles; a NUL in particular means the file is not text at all.
    private static readonly SearchValues<byte> ControlBytes = SearchValues.Create(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);

    public readonly record struct BadByte(int Offset, int Line, byte Value);

    public static BadByte? FindBinary(ReadOnlySpan<byte> bytes)
    {
        var offset = bytes.IndexOfAny(ControlBytes);
        if (offset < 0 && !Utf8.IsValid(bytes))
        {
            offset = FirstInvalidUtf8(bytes);
        }

        if (offset < 0)
        {
            return null;
        }

        var line = bytes[..offset].Count((byte)'\n') + 1;
        return new BadByte(offset, line, bytes[offset]);
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        Span<char> scratch = stackalloc char[1024];
        var consumed = 0;
        while (consumed < bytes.Length)
        {
            var status = Utf8.ToUtf16(bytes[consumed..], scratch, out var read, out _, replaceInvalidSequences: false);
            consumed += read;
            if (status == OperationStatus.InvalidData || status == OperationStatus.NeedMoreData)
            {
                return consumed;
            }
        }

        return -1;
    }
}
