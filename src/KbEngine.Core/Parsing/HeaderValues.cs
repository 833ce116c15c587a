using System.Collections.Immutable;
using KbEngine.Core.Model;

namespace KbEngine.Core.Parsing;

/// <summary>Splits header values into their items: pipe-separated lists, <c>platform:versions</c> groups, keyword lists.</summary>
internal static class HeaderValues
{
    private static readonly char[] Pipe = ['|'];
    private static readonly char[] ListSeparators = ['|', ','];
    private static readonly char[] WordSeparators = [' ', '\t', '|'];
    private static readonly char[] GroupSeparators = [';', '|'];
    private static readonly char[] VersionSeparators = [' ', '\t'];
    private static readonly char[] Comma = [','];

    /// <summary>Products are separated by pipes only: a product name may contain a comma.</summary>
    public static ImmutableArray<string> Products(string value) => Split(value, Pipe);

    public static ImmutableArray<string> OperatingSystems(string value) => Split(value, ListSeparators);

    public static ImmutableArray<string> Words(string value) => Split(value, WordSeparators);

    public static VersionList Versions(string value)
    {
        var entries = ImmutableArray.CreateBuilder<VersionEntry>();
        foreach (var group in value.Split(GroupSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = group.IndexOf(':', StringComparison.Ordinal);
            var platform = colon > 0 ? group[..colon].Trim() : null;
            var versions = colon >= 0 ? group[(colon + 1)..] : group;

            // "5.5,5.5 SP1" lists with commas, so a space belongs to a version; "4.00 4.00b" lists with spaces.
            var separators = versions.Contains(',', StringComparison.Ordinal) ? Comma : VersionSeparators;
            var previous = entries.Count;
            foreach (var version in versions.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (IsQualifier(version) && entries.Count > previous)
                {
                    entries[^1] = entries[^1] with { Version = $"{entries[^1].Version} {version}" };
                    continue;
                }

                entries.Add(new VersionEntry(platform, version));
            }
        }

        return new VersionList(value, entries.ToImmutable());
    }

    /// <summary>
    /// A word that does not start with a digit qualifies the version before it: <c>5.5 SP3</c>,
    /// <c>1994 edition</c>, <c>97 SR-2</c>.
    /// </summary>
    private static bool IsQualifier(string token) => !char.IsAsciiDigit(token[0]);

    private static ImmutableArray<string> Split(string value, char[] separators) =>
        [.. value.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
