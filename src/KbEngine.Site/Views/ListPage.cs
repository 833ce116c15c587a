namespace KbEngine.Site.Views;

/// <summary>A browse page: a heading, a line of explanation, and groups of links with counts.</summary>
/// <param name="Heading">The page's heading.</param>
/// <param name="Intro">One line under it, or null.</param>
/// <param name="Total">How many articles the page lists.</param>
/// <param name="Groups">The groups of links.</param>
public sealed record ListPage(string Heading, string? Intro, int Total, IReadOnlyList<ListGroup> Groups);

/// <summary>A group of links under a heading.</summary>
/// <param name="Heading">The group's heading, or null for a page of one group.</param>
/// <param name="Items">The links.</param>
public sealed record ListGroup(string? Heading, IReadOnlyList<LinkItem> Items);
