using System.Reflection;

namespace KbEngine.Core.Extraction;

/// <summary>The domain data extraction reads: the product catalog, the condition vocabulary and the curated rules.</summary>
/// <remarks>
/// The files of <c>content/</c> are embedded in the library, so an embedding tool gets the same
/// data as the CLI; <see cref="Load(string)"/> reads a folder laid out like <c>content/</c> instead.
/// </remarks>
/// <param name="Catalog">The product catalog.</param>
/// <param name="Vocabulary">The condition vocabulary.</param>
/// <param name="Rules">The curated rules, one per article at most.</param>
public sealed record KnowledgeData(ProductCatalog Catalog, ConditionVocabulary Vocabulary, CuratedRules Rules)
{
    private const string CatalogFile = "catalog/products.json";
    private const string VocabularyFile = "vocabulary/conditions.json";
    private const string RulesFolder = "rules";

    /// <summary>The data embedded in the library (this repository's <c>content/</c>).</summary>
    public static KnowledgeData Embedded { get; } = new(
        ProductCatalog.Parse(ReadEmbedded(CatalogFile)),
        ConditionVocabulary.Parse(ReadEmbedded(VocabularyFile)),
        CuratedRules.Embedded);

    /// <summary>Reads the data from a folder laid out like <c>content/</c>.</summary>
    public static KnowledgeData Load(string contentFolder) => new(
        ProductCatalog.Parse(File.ReadAllText(Path.Combine(contentFolder, CatalogFile))),
        ConditionVocabulary.Parse(File.ReadAllText(Path.Combine(contentFolder, VocabularyFile))),
        CuratedRules.Load(Path.Combine(contentFolder, RulesFolder)));

    private static string ReadEmbedded(string file)
    {
        var name = "KbEngine.Content." + file.Replace('/', '.');
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing from KbEngine.Core");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
