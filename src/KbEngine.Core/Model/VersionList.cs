using System.Collections.Immutable;

namespace KbEngine.Core.Model;

/// <summary>The <c>Version(s):</c> header: the raw text and the versions it lists.</summary>
/// <param name="Raw">The value as written (<c>WINDOWS:97; winnt:4.0</c>, <c>4.00 4.00b 4.50</c>).</param>
/// <param name="Entries">Each version, with its platform when one was given.</param>
public sealed record VersionList(string Raw, ImmutableArray<VersionEntry> Entries);
