namespace KbEngine.Core.Parsing;

/// <summary>Reads <c>Key: value</c> and <c>Key      : value</c> lines of the header and the trailer.</summary>
internal static class KeyValueLine
{
    public static bool TryRead(ReadOnlySpan<char> line, out ReadOnlySpan<char> key, out ReadOnlySpan<char> value)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0)
        {
            key = value = default;
            return false;
        }

        key = line[..colon].Trim();
        value = line[(colon + 1)..].Trim();
        return !key.IsEmpty;
    }
}
