namespace KbEngine.Site.Output;

/// <summary>
/// One page of a browse list as a build wrote it: enough to write that page again alone when an
/// article it shows is retitled, without finding and ordering the whole list.
/// </summary>
/// <param name="Url">The page's URL (the list's own for its first page).</param>
/// <param name="List">The list's URL.</param>
/// <param name="Number">The page's number, from 1.</param>
/// <param name="Count">How many pages the list has.</param>
/// <param name="Total">How many articles the list has.</param>
/// <param name="Members">The ids of the articles the page shows, in its order.</param>
internal sealed record ListPageMembers(string Url, string List, int Number, int Count, int Total, string[] Members);
