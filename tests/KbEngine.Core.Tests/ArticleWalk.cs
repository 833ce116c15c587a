using KbEngine.Core.Model;

namespace KbEngine.Core.Tests;

/// <summary>Walks an article's sections and blocks in document order.</summary>
public static class ArticleWalk
{
    public static IEnumerable<Section> Sections(Article article) =>
        article.Sections.SelectMany(section => new[] { section }.Concat(section.Subsections));

    public static IEnumerable<Block> Blocks(Article article) =>
        Sections(article).SelectMany(section => section.Blocks).SelectMany(Descendants);

    public static IEnumerable<Block> Descendants(Block block) =>
        new[] { block }.Concat(block.Children.SelectMany(Descendants));

    public static IEnumerable<T> Blocks<T>(Article article) where T : Block => Blocks(article).OfType<T>();

    public static Section Section(Article article, string heading) =>
        Sections(article).Single(section => section.Heading == heading);
}
