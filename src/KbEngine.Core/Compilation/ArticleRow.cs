using KbEngine.Core.Evaluation;
using Microsoft.Data.Sqlite;

namespace KbEngine.Core.Compilation;

/// <summary>The columns of one row of the <c>articles</c> table, as the compiler and the updater write them.</summary>
internal static class ArticleRow
{
    private const string Columns = "$doc, $id, $title, $products, $area, $issue, $cause, $errors, $evaluable, $refs, " +
        "$leafProduct, $leafArea, $path, $size, $modified, $hash, $generation, $leaf, $article, $knowledge, $raw";

    public const string Insert = "INSERT INTO articles VALUES (" + Columns + ")";

    public const string Replace = "REPLACE INTO articles VALUES (" + Columns + ")";

    /// <summary>Notes in <c>citations</c> that a document cites an article.</summary>
    public const string InsertCitation = "INSERT OR IGNORE INTO citations VALUES ($cited, $doc)";

    /// <summary>The ids an article cites, itself left out, in the order it first cites them (its <c>refs</c>).</summary>
    public static IEnumerable<string> Cites(KnowledgeBaseCompiler.PreparedArticle compiled) =>
        compiled.Knowledge!.References.Select(r => r.Id).Where(id => id != compiled.Article!.Id).Distinct(StringComparer.Ordinal);

    public static void Bind(SqliteCommand command, int doc, KnowledgeBaseCompiler.PreparedArticle compiled, long generation) =>
        SqliteCommands.Bind(command, Values(doc, compiled, generation));

    /// <summary>The row's values, in the order of <see cref="Insert"/>'s parameters.</summary>
    public static object?[] Values(int doc, KnowledgeBaseCompiler.PreparedArticle compiled, long generation)
    {
        var article = compiled.Article!;
        var knowledge = compiled.Knowledge!;
        var leaf = compiled.Leaf!;
        return
        [
            doc,
            article.Id,
            article.Title,
            string.Join(' ', knowledge.Applicability.Products.Select(p => p.ProductId).OfType<string>().Distinct()),
            article.Area,
            article.IssueType,
            knowledge.Cause.FirstOrDefault()?.Text,
            knowledge.ErrorMessages.IsEmpty ? null : string.Join('\n', knowledge.ErrorMessages.Select(m => m.EventId is { } id ? $"{m.Text} (Event ID {id})" : m.Text)),
            ArticleEvaluator.CanFind(knowledge) ? 1 : 0,
            string.Join(' ', Cites(compiled)),
            leaf.Product,
            leaf.Area,
            compiled.Path,
            compiled.Bytes,
            compiled.Modified,
            compiled.Hash,
            generation,
            TreeLeafBlob.Encode(leaf),
            compiled.ArticleBlob,
            compiled.KnowledgeBlob,
            compiled.Raw,
        ];
    }
}
