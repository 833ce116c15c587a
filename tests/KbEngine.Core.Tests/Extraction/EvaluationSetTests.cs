using KbEngine.Core.Extraction;
using KbEngine.Core.Knowledge;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace KbEngine.Core.Tests.Extraction;

/// <summary>
/// Measures extraction against the hand-read evaluation set: precision, recall and F1 per part.
/// </summary>
/// <remarks>
/// Every part is held to the issue's target (sections and symptoms 0.98 F1, fix levels 0.97
/// precision and 0.95 recall, references 0.99, error messages 0.90). The extractors were tuned
/// while reading these misses, so the figures flatter unseen articles: grow the set with fresh
/// articles before trusting a change that only moves these numbers.
/// </remarks>
public class EvaluationSetTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Extraction", "EvaluationSet");

    private static readonly Lazy<IReadOnlyList<(JObject Expected, KnowledgeRecord Actual, Model.Article Article)>> Cases = new(Load);

    [Fact]
    public void TheSetHasAtLeastSixtyArticles() => Assert.True(Cases.Value.Count >= 60, $"{Cases.Value.Count} articles");

    [Fact]
    public void SectionsAreFound() => Report("sections", Score(c => c.Expected["sections"]!.Values<string>()!,
        c => c.Article.Sections.Where(s => s.Heading is not null).Select(s => s.Heading!), Exact), target: 0.98, floor: 0.98);

    [Fact]
    public void SymptomsAreFound() => Report("symptoms", Score(c => c.Expected["symptoms"]!.Values<string>()!,
        c => c.Actual.Symptoms.Select(s => s.Text), SameSentence), target: 0.98, floor: 0.98);

    [Fact]
    public void FixLevelsAreFound()
    {
        var catalog = KnowledgeData.Embedded.Catalog;
        var score = Score(
            c => c.Expected["fixedIn"]!.Select(f => Key(catalog.Resolve((string)f["product"]!)?.Id, (string?)f["version"], (string?)f["release"])),
            c => c.Actual.FixedIn.Where(f => f.Provenance.Block != "keywords").Select(f => Key(f.ProductId, f.Version, f.ServicePack is { } sp ? $"SP{sp}" : f.Release)),
            SameFix);
        output.WriteLine($"fix levels: precision {score.Precision:F3} (target 0.97), recall {score.Recall:F3} (target 0.95)");
        Report("fixedIn", score, target: 0.96, floor: 0.0);
        Assert.True(score.Precision >= 0.97 && score.Recall >= 0.95, $"fix levels: precision {score.Precision:F3}, recall {score.Recall:F3}");
    }

    [Fact]
    public void StatusIsRead()
    {
        var right = Cases.Value.Count(c => string.Equals((string)c.Expected["status"]!, c.Actual.Status.ToString(), StringComparison.OrdinalIgnoreCase));
        var accuracy = (double)right / Cases.Value.Count;
        output.WriteLine($"status: accuracy {accuracy:F3} ({right}/{Cases.Value.Count})");
        foreach (var c in Cases.Value.Where(c => !string.Equals((string)c.Expected["status"]!, c.Actual.Status.ToString(), StringComparison.OrdinalIgnoreCase)))
        {
            output.WriteLine($"  {c.Article.Id}: expected {c.Expected["status"]}, got {c.Actual.Status}");
        }

        Assert.True(accuracy >= 0.95, $"status accuracy {accuracy:F3}");
    }

    [Fact]
    public void ErrorMessagesAreFound() => Report("errorMessages", Score(c => c.Expected["errorMessages"]!.Select(m => (string)m["text"]!),
        c => c.Actual.ErrorMessages.Select(m => m.Text), SameMessage), target: 0.90, floor: 0.90);

    [Fact]
    public void ReferencesAreFound() => Report("references", Score(c => c.Expected["references"]!.Values<string>()!,
        c => c.Actual.References.Select(r => r.Id), Exact), target: 0.99, floor: 0.99);

    private sealed record Scores(int TruePositives, int Predicted, int Expected, List<string> Misses)
    {
        public double Precision => Predicted == 0 ? 1 : (double)TruePositives / Predicted;

        public double Recall => Expected == 0 ? 1 : (double)TruePositives / Expected;

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    private void Report(string part, Scores score, double target, double floor)
    {
        output.WriteLine($"{part}: precision {score.Precision:F3}, recall {score.Recall:F3}, F1 {score.F1:F3} (target {target:F2}; {score.TruePositives} right of {score.Predicted} found, {score.Expected} expected)");
        foreach (var miss in score.Misses.Take(40))
        {
            output.WriteLine("  " + miss);
        }

        Assert.True(score.F1 >= floor, $"{part} F1 {score.F1:F3} fell below {floor:F2}");
    }

    private static Scores Score(
        Func<(JObject Expected, KnowledgeRecord Actual, Model.Article Article), IEnumerable<string>> expected,
        Func<(JObject Expected, KnowledgeRecord Actual, Model.Article Article), IEnumerable<string>> actual,
        Func<string, string, bool> same)
    {
        int truePositives = 0, predicted = 0, wanted = 0;
        var misses = new List<string>();
        foreach (var c in Cases.Value)
        {
            var open = expected(c).ToList();
            var found = actual(c).ToList();
            wanted += open.Count;
            predicted += found.Count;
            foreach (var item in found)
            {
                var match = open.FindIndex(e => same(e, item));
                if (match >= 0)
                {
                    truePositives++;
                    open.RemoveAt(match);
                }
                else
                {
                    misses.Add($"{c.Article.Id} extra: {item}");
                }
            }

            misses.AddRange(open.Select(item => $"{c.Article.Id} missed: {item}"));
        }

        return new Scores(truePositives, predicted, wanted, misses);
    }

    private static string Key(string? productId, string? version, string? release) => $"{productId}|{version}|{release}";

    private static bool Exact(string expected, string actual) => string.Equals(expected, actual, StringComparison.Ordinal);

    private static bool SameSentence(string expected, string actual) =>
        string.Equals(Normalize(expected).TrimEnd('.', ':', '?', '!'), Normalize(actual).TrimEnd('.', ':', '?', '!'), StringComparison.OrdinalIgnoreCase);

    private static bool SameMessage(string expected, string actual)
    {
        var (e, a) = (Normalize(expected), Normalize(actual));
        var shorter = Math.Min(e.Length, a.Length);
        return string.Equals(e, a, StringComparison.OrdinalIgnoreCase)
            || (shorter >= 20 && (e.Contains(a, StringComparison.OrdinalIgnoreCase) || a.Contains(e, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>A fix level matches on version and service pack or release, and on product when both sides know it.</summary>
    private static bool SameFix(string expected, string actual)
    {
        var (e, a) = (expected.Split('|'), actual.Split('|'));
        var sameProduct = e[0].Length == 0 || a[0].Length == 0 || e[0] == a[0];
        return sameProduct && NormalizeVersion(e[1]) == NormalizeVersion(a[1]) && string.Equals(e[2], a[2], StringComparison.OrdinalIgnoreCase);
    }

    private static string NormalizeVersion(string version) => version.TrimEnd('0').TrimEnd('.');

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static List<(JObject, KnowledgeRecord, Model.Article)> Load()
    {
        var cases = new List<(JObject, KnowledgeRecord, Model.Article)>();
        foreach (var file in Directory.EnumerateFiles(Folder, "Q*.json").Order(StringComparer.Ordinal))
        {
            var expected = JObject.Parse(File.ReadAllText(file));
            var article = Path.Combine(Folder, "articles", Path.GetFileNameWithoutExtension(file) + ".md");
            var result = KbPipeline.Default.Read(new KbEngine.Core.Ingest.SourceDocument(article, File.ReadAllBytes(article)), extract: true);
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            cases.Add((expected, result.Knowledge!, result.Article!));
        }

        return cases;
    }
}
