namespace KbEngine.Site.Views;

/// <summary>A browse page: a heading, a line of explanation, and groups of links with counts.</summary>
/// <param name="Heading">The page's heading.</param>
/// <param name="Intro">One line under it, or null.</param>
/// <param name="Total">How many articles the page lists (the whole list's, when it is one of several pages).</param>
/// <param name="Groups">The groups of links.</param>
/// <param name="Pager">Where this page is among the list's pages; null for a list of one page.</param>
public sealed record ListPage(string Heading, string? Intro, int Total, IReadOnlyList<ListGroup> Groups, Pager? Pager = null);

/// <summary>A group of links under a heading.</summary>
/// <param name="Heading">The group's heading, or null for a page of one group.</param>
/// <param name="Items">The links.</param>
public sealed record ListGroup(string? Heading, IReadOnlyList<LinkItem> Items);

/// <summary>One page of a list split into pages: its place, the articles it shows, and the links to the others.</summary>
/// <param name="Number">This page's number, from 1.</param>
/// <param name="Count">How many pages the list has.</param>
/// <param name="First">The position in the list of the page's first article, from 1.</param>
/// <param name="Last">The position of its last article.</param>
/// <param name="Previous">The URL of the page before, or null on the first.</param>
/// <param name="Next">The URL of the page after, or null on the last.</param>
/// <param name="Pages">Every page of the list: its number as text and its URL.</param>
public sealed record Pager(int Number, int Count, int First, int Last, string? Previous, string? Next, IReadOnlyList<LinkItem> Pages);
