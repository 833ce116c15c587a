using System.Globalization;

namespace KbEngine.Core.Topology;

/// <summary>A product version compared as a version, not as text: 5.5 &lt; 5.10, 4.00 = 4.0, 4.00 &lt; 4.00b.</summary>
/// <param name="Parts">The numeric components.</param>
/// <param name="Suffix">A letter suffix (<c>b</c> in <c>4.00b</c>), or empty.</param>
public readonly record struct KbVersion(int[] Parts, string Suffix) : IComparable<KbVersion>
{
    /// <summary>Reads <c>5.5</c>, <c>4.00b</c>, <c>6</c>; null when the text is not a version.</summary>
    public static KbVersion? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        var end = trimmed.Length;
        while (end > 0 && char.IsAsciiLetter(trimmed[end - 1]))
        {
            end--;
        }

        var numbers = trimmed[..end].Split('.');
        var parts = new int[numbers.Length];
        for (var i = 0; i < numbers.Length; i++)
        {
            if (!int.TryParse(numbers[i], NumberStyles.None, CultureInfo.InvariantCulture, out parts[i]))
            {
                return null;
            }
        }

        return new KbVersion(parts, trimmed[end..].ToLowerInvariant());
    }

    /// <inheritdoc />
    public int CompareTo(KbVersion other)
    {
        var length = Math.Max(Parts.Length, other.Parts.Length);
        for (var i = 0; i < length; i++)
        {
            var compared = (i < Parts.Length ? Parts[i] : 0).CompareTo(i < other.Parts.Length ? other.Parts[i] : 0);
            if (compared != 0)
            {
                return compared;
            }
        }

        return string.CompareOrdinal(Suffix, other.Suffix);
    }

    /// <inheritdoc />
    public bool Equals(KbVersion other) => CompareTo(other) == 0;

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        var significant = Parts.Length;
        while (significant > 1 && Parts[significant - 1] == 0)
        {
            significant--;
        }

        for (var i = 0; i < significant; i++)
        {
            hash.Add(Parts[i]);
        }

        hash.Add(Suffix);
        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => string.Join('.', Parts) + Suffix;

    /// <summary>Whether <paramref name="left"/> is an earlier version than <paramref name="right"/>.</summary>
    public static bool operator <(KbVersion left, KbVersion right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is a later version than <paramref name="right"/>.</summary>
    public static bool operator >(KbVersion left, KbVersion right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is the same or an earlier version than <paramref name="right"/>.</summary>
    public static bool operator <=(KbVersion left, KbVersion right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is the same or a later version than <paramref name="right"/>.</summary>
    public static bool operator >=(KbVersion left, KbVersion right) => left.CompareTo(right) >= 0;
}
