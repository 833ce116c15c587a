namespace KbEngine.Core.Model;

/// <summary>One version named in an article header, with the platform it was given for.</summary>
/// <param name="Platform">The platform before the colon (<c>winnt</c> in <c>winnt:4.0</c>), or null.</param>
/// <param name="Version">The version as written (<c>4.0</c>, <c>4.00b</c>).</param>
public sealed record VersionEntry(string? Platform, string Version);
