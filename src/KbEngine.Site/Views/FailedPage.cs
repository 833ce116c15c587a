namespace KbEngine.Site.Views;

/// <summary>The page of an article that did not parse: why, and its text as it is, so the site stays complete.</summary>
/// <param name="Id">The article id.</param>
/// <param name="Title">The title from the front matter when it can be read, else the id.</param>
/// <param name="Reason">The error, as <c>file(line,col): error: …</c>.</param>
/// <param name="Raw">The file's text.</param>
public sealed record FailedPage(string Id, string Title, string Reason, string Raw);
