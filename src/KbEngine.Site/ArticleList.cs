namespace KbEngine.Site;

/// <summary>A browse list of articles (a product's, an area's, an issue type's, one of the archive's).</summary>
/// <param name="Url">The list's URL: its first page's.</param>
/// <param name="Heading">What every page of it is headed.</param>
/// <param name="Intro">The line under the heading.</param>
/// <param name="ByArea">Whether its articles are grouped by problem area.</param>
internal sealed record ArticleList(string Url, string Heading, string Intro, bool ByArea);
