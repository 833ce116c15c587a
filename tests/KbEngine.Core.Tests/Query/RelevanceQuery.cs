using System.Text.Json;

namespace KbEngine.Core.Tests.Query;

/// <summary>One query of the relevance set: what a user types, and the articles that answer it.</summary>
/// <param name="Text">The query as a user would type it.</param>
/// <param name="Expected">The ids of the articles that answer it, the one it was written from first; any one of them counts as a hit.</param>
/// <param name="Kind"><c>symptom</c>, <c>error</c>, <c>abbreviation</c> or <c>version</c>.</param>
/// <param name="Note">What in the article the query paraphrases.</param>
public sealed record RelevanceQuery(string Text, IReadOnlyList<string> Expected, string Kind, string Note)
{
    /// <summary>The kinds a query may have.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["symptom", "error", "abbreviation", "version"];

    /// <summary>The committed set, <c>Query/RelevanceSet/queries.json</c>, as copied beside the tests.</summary>
    public static string DefaultPath { get; } = Path.Combine(AppContext.BaseDirectory, "Query", "RelevanceSet", "queries.json");

    /// <summary>The committed relevance set.</summary>
    public static IReadOnlyList<RelevanceQuery> LoadDefault() => Load(DefaultPath);

    /// <summary>
    /// The held-out set, <c>Query/RelevanceSet/heldout.json</c>: 40 queries written by someone who had
    /// not seen the engine or its tuning, from a seeded random sample of the archive. Nothing in the
    /// engine was tuned on it; it tells whether what was tuned on the default set carries over.
    /// </summary>
    public static IReadOnlyList<RelevanceQuery> LoadHeldOut() => Load(Path.Combine(AppContext.BaseDirectory, "Query", "RelevanceSet", "heldout.json"));

    /// <summary>Reads a relevance set: <c>{"description": …, "queries": [{"query", "expected", "kind", "note"}]}</c>.</summary>
    /// <exception cref="InvalidDataException">The file does not have that shape.</exception>
    public static IReadOnlyList<RelevanceQuery> Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        if (!document.RootElement.TryGetProperty("queries", out var queries) || queries.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{path}: expected an object with a \"queries\" array");
        }

        var result = new List<RelevanceQuery>();
        foreach (var query in queries.EnumerateArray())
        {
            var number = result.Count + 1;
            var text = String(query, "query", path, number);
            var kind = String(query, "kind", path, number);
            var note = query.TryGetProperty("note", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : string.Empty;
            if (!query.TryGetProperty("expected", out var expected) || expected.ValueKind != JsonValueKind.Array
                || expected.GetArrayLength() == 0 || expected.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
            {
                throw new InvalidDataException($"{path}: query {number} ('{text}'): expected a non-empty \"expected\" array of article ids");
            }

            result.Add(new RelevanceQuery(text, [.. expected.EnumerateArray().Select(e => e.GetString()!)], kind, note));
        }

        return result;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Text} → {string.Join(" | ", Expected)}";

    private static string String(JsonElement query, string name, string path, int number) =>
        query.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new InvalidDataException($"{path}: query {number}: expected a non-empty string \"{name}\"");
}
