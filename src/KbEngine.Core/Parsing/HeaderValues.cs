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
    private static readonly char[] VersionSeparators = [',', ' ', '\t'];

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
            foreach (var version in versions.Split(VersionSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                entries.Add(new VersionEntry(platform, version));
            }
        }

        return new VersionList(value, entries.ToImmutable());
    }

    private static ImmutableArray<string> Split(string value, char[] separators) =>
        [.. value.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
