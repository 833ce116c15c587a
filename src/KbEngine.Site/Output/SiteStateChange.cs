namespace KbEngine.Site.Output;

/// <summary>What a build writes into the <see cref="SiteState"/>: everything for a whole build, what changed for an incremental one.</summary>
/// <param name="Inputs">See <see cref="SiteState.Inputs"/>.</param>
/// <param name="Identity">See <see cref="SiteState.Identity"/>.</param>
/// <param name="Generation">See <see cref="SiteState.Generation"/>.</param>
/// <param name="FileCount">The number of files of the site after the build.</param>
/// <param name="Files">The files written (relative path and hash).</param>
/// <param name="FilesGone">The files deleted.</param>
/// <param name="Pages">The URLs of the pages the build rendered.</param>
/// <param name="PagesGone">The URLs of the pages deleted.</param>
/// <param name="Articles">What the pages of others show of each article rendered.</param>
/// <param name="ListPages">The pages of browse lists the build wrote, with their members.</param>
/// <param name="ListPagesGone">The URLs of the pages of browse lists deleted.</param>
internal sealed record SiteStateChange(
    string Inputs,
    string Identity,
    long Generation,
    int FileCount,
    IReadOnlyDictionary<string, ulong> Files,
    IReadOnlyCollection<string> FilesGone,
    IReadOnlyCollection<string> Pages,
    IReadOnlyCollection<string> PagesGone,
    IReadOnlyDictionary<string, ArticleTraces> Articles,
    IReadOnlyCollection<ListPageMembers> ListPages,
    IReadOnlyCollection<string> ListPagesGone);
