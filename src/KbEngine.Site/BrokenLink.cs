namespace KbEngine.Site;

/// <summary>An internal link whose target the build did not write.</summary>
/// <param name="Page">The page that links, relative to the site root (<c>kb/199/Q199534/index.html</c>).</param>
/// <param name="Target">The missing file, relative to the site root.</param>
public sealed record BrokenLink(string Page, string Target)
{
    /// <inheritdoc />
    public override string ToString() => $"{Page}: broken link to {Target}";
}
