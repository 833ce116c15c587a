using System.Globalization;
using KbEngine.Core.Compilation;
using KbEngine.Core.Knowledge;
using KbEngine.Core.Tree;
using Newtonsoft.Json;

namespace KbEngine.Core.Export;

/// <summary>
/// Writes a compiled knowledge base as the versioned JSON export (<c>docs/export.md</c>,
/// <c>docs/export.schema.json</c>): the decision tree and every knowledge record, streamed, so
/// the full archive exports in constant memory.
/// </summary>
public static class KnowledgeExportWriter
{
    /// <summary>The version of the export format; it changes only when a consumer would have to change.</summary>
    public const int FormatVersion = 1;

    /// <summary>Writes the export of <paramref name="knowledgeBase"/> to <paramref name="output"/>.</summary>
    public static void Write(KnowledgeBase knowledgeBase, TextWriter output, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        ArgumentNullException.ThrowIfNull(output);
        var serializer = JsonSerializer.Create(KbJsonConventions.Settings(indented));
        using var writer = new JsonTextWriter(output) { CloseOutput = false, Formatting = indented ? Formatting.Indented : Formatting.None };
        writer.WriteStartObject();
        Property(writer, "formatVersion", FormatVersion);
        writer.WritePropertyName("content");
        serializer.Serialize(writer, new
        {
            hash = knowledgeBase.ContentHash,
            articles = knowledgeBase.ArticleCount,
            failures = knowledgeBase.FailureCount,
            compiledAt = knowledgeBase.CompiledAt.ToString("O", CultureInfo.InvariantCulture),
        });

        var tree = knowledgeBase.Tree;
        writer.WritePropertyName("tree");
        writer.WriteStartObject();
        writer.WritePropertyName("root");
        writer.WriteValue(tree.Root.Id);
        writer.WritePropertyName("statistics");
        serializer.Serialize(writer, tree.Statistics);
        writer.WritePropertyName("nodes");
        writer.WriteStartArray();
        foreach (var node in tree.Nodes)
        {
            serializer.Serialize(writer, node);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();

        writer.WritePropertyName("records");
        writer.WriteStartArray();
        foreach (var (article, knowledge) in knowledgeBase.ReadAll())
        {
            serializer.Serialize(writer, new
            {
                id = article.Id,
                title = article.Title,
                products = article.Products,
                lastModified = article.LastModified?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                questions = Questions(knowledge),
                knowledge,
            });
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>
    /// The record's questions with the ids <c>kb diagnose --answer</c> takes: <c>Q256350-c1</c> for
    /// a condition (by its position in the record), <c>Q256350-symptom</c> for the symptom question.
    /// </summary>
    private static IEnumerable<object> Questions(KnowledgeRecord knowledge) =>
        knowledge.Conditions.Select((condition, i) => (object)new
        {
            id = $"{knowledge.ArticleId}-c{i + 1}",
            text = condition.Question,
            bound = condition.IsBound,
            bindingKey = condition.Binding?.Key,
        });

    private static void Property(JsonWriter writer, string name, int value)
    {
        writer.WritePropertyName(name);
        writer.WriteValue(value);
    }
}
