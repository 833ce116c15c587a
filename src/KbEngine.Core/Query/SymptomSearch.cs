using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using KbEngine.Core.Compilation;
using KbEngine.Core.Evaluation;
using KbEngine.Core.Extraction;

namespace KbEngine.Core.Query;

/// <summary>
/// Ranks the articles of a compiled knowledge base for a problem described in a user's words:
/// BM25F over the extracted fields, then evidence the fields cannot weigh — an error message the
/// query quotes, the product and version it names, and (with a topology) the verdict for the estate.
/// </summary>
public sealed partial class SymptomSearch(KnowledgeBase knowledgeBase, TextAnalyzer analyzer, ProductCatalog catalog)
{
    /// <summary>The factor for an article of a product the query names. Measured on the relevance set: penalising the other products cost more than it gained.</summary>
    public const double ProductBoost = 1.1;

    /// <summary>How many articles BM25F hands to the re-ranking.</summary>
    public const int Candidates = 60;

    /// <summary>The smallest share of the query's weight a hit must match to be shown; below it, it is noise.</summary>
    public const double MinimumCoverage = 0.34;

    private readonly Lazy<List<List<List<string>>>> _synonymTerms = new(() =>
        [.. analyzer.Vocabulary.Synonyms.Select(group => group.Select(analyzer.Terms).ToList())]);

    private static readonly string[] FieldNames = [.. Enum.GetValues<SearchField>().Select(f => f.ToString().ToLowerInvariant())];

    /// <summary>The articles for <paramref name="text"/>, best first.</summary>
    /// <param name="text">The problem in the user's words.</param>
    /// <param name="top">How many hits at most.</param>
    /// <param name="verdicts">With a topology: each candidate's best verdict, or null when nothing in the estate bears on it; articles ruled out everywhere drop.</param>
    public QueryResult Search(string text, int top = 10, Func<int, Verdict?>? verdicts = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var index = knowledgeBase.SearchIndex;
        var own = QueryTerms(analyzer, text);
        if (own.Count == 0)
        {
            return new QueryResult([], "The query has no words to search by (only common words).", []);
        }

        // Synonyms weigh less than the query's own words.
        var synonyms = Synonyms(own).Where(s => !own.Contains(s)).Distinct(StringComparer.Ordinal).ToList();
        var distinct = own.Concat(synonyms).ToList();
        var postings = distinct.Select(index.Postings).ToList();
        var boosts = own.Select(Boost)
            .Concat(synonyms.Select(_ => analyzer.Vocabulary.SynonymWeight)).ToList();
        var scores = new float[index.DocumentCount];
        index.Score(postings, boosts, scores);
        var weights = postings.Select((p, i) => index.Idf(Math.Max(p.Count, 1)) * boosts[i]).ToList();
        var totalWeight = weights.Take(own.Count).Sum();

        var mentioned = MentionedProducts(text);
        var queryWords = Normalized(text);
        var hits = new List<QueryHit>();
        var candidates = SearchIndex.Top(scores, Candidates);
        var summaries = knowledgeBase.Summaries(candidates);
        foreach (var doc in candidates)
        {
            var summary = summaries[doc];
            var evidence = ImmutableArray.CreateBuilder<string>();
            double score = scores[doc];
            var matchedWeight = 0.0;
            var byField = new Dictionary<int, List<string>>();
            for (var t = 0; t < distinct.Count; t++)
            {
                var at = postings[t].IndexOf(doc);
                if (at < 0)
                {
                    continue;
                }

                matchedWeight += t < own.Count ? weights[t] : 0;
                for (var f = 0; f < FieldNames.Length; f++)
                {
                    if (postings[t].InField(at, (SearchField)f) && f != (int)SearchField.Body)
                    {
                        (byField.TryGetValue(f, out var list) ? list : byField[f] = []).Add(distinct[t]);
                    }
                }
            }

            foreach (var (field, matched) in byField.OrderBy(p => p.Key))
            {
                evidence.Add($"{FieldNames[field]}: {string.Join(", ", matched)}");
            }

            if (BestMessage(queryWords, summary.ErrorMessages) is { } message)
            {
                score *= 1.6;
                matchedWeight = Math.Max(matchedWeight, totalWeight * 0.9);
                evidence.Add($"error message: {message}");
            }

            if (mentioned.Count > 0 && !summary.Products.IsEmpty)
            {
                var shared = mentioned.Intersect(summary.Products, StringComparer.Ordinal).ToList();
                score *= shared.Count > 0 ? ProductBoost : 1.0;
                if (shared.Count > 0)
                {
                    evidence.Add($"product: {string.Join(", ", shared)}");
                }
            }

            Verdict? verdict = null;
            if (verdicts is not null)
            {
                verdict = verdicts(doc);
                if (verdict == Verdict.RuledOut)
                {
                    continue;
                }

                score *= verdict == Verdict.Applies ? 1.5 : 1.0;
            }

            var coverage = totalWeight == 0 ? 0 : matchedWeight / totalWeight;
            hits.Add(new QueryHit(summary.Id, summary.Title, Math.Round(score, 3), summary.Cause, evidence.ToImmutable(), verdict) { Document = doc, Coverage = coverage });
        }

        var good = hits.Where(h => h.Coverage >= MinimumCoverage).OrderByDescending(h => h.Score).ThenBy(h => h.Document).Take(top).ToImmutableArray();
        var message2 = good.IsEmpty
            ? hits.Count == 0
                ? "No article matches these words."
                : $"No article matches well: the closest ({hits.MaxBy(h => h.Coverage)!.Id}) matches only {hits.Max(h => h.Coverage):P0} of what the query weighs. Try other words, or the error message as it appears."
            : null;
        return new QueryResult(good, message2, [.. distinct]);
    }

    /// <summary>The terms of every synonym group member, for each group one of whose members the query holds.</summary>
    private IEnumerable<string> Synonyms(List<string> queryTerms)
    {
        var held = queryTerms.ToHashSet(StringComparer.Ordinal);
        foreach (var group in _synonymTerms.Value)
        {
            if (group.Any(member => member.Count > 0 && member.All(held.Contains)))
            {
                foreach (var term in group.SelectMany(member => member))
                {
                    yield return term;
                }
            }
        }
    }

    /// <summary>
    /// A query's own terms, each once: its words analysed as articles are, and an event-id term
    /// for "event id 246". A repeated word counts once: "powerpoint 4 instead of powerpoint 95" is
    /// not twice about PowerPoint.
    /// </summary>
    public static List<string> QueryTerms(TextAnalyzer analyzer, string text)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(text);
        var terms = analyzer.Terms(text);
        foreach (Match logged in EventId().Matches(text))
        {
            terms.Add(DocumentTerms.EventTerm(int.Parse(logged.Groups["id"].Value, CultureInfo.InvariantCulture)));
        }

        return [.. terms.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The weight of a query's own term: identifiers (codes, file names, event ids) weigh most.</summary>
    public static double Boost(string term) => IsIdentifier(term) ? 1.5 : 1.0;

    /// <summary>Terms that identify rather than describe: codes, numbers, file names.</summary>
    private static bool IsIdentifier(string term) =>
        term.Length >= 3 && (term.Any(char.IsAsciiDigit) || term.Contains('.', StringComparison.Ordinal) || term.Contains('_', StringComparison.Ordinal));

    /// <summary>The error message the query quotes (most of its words, or most of the query's, shared), or null.</summary>
    private static string? BestMessage(HashSet<string> queryWords, ImmutableArray<string> messages)
    {
        foreach (var message in messages)
        {
            var words = Normalized(message);
            if (words.Count < 3)
            {
                continue;
            }

            var shared = words.Count(queryWords.Contains);
            if ((shared >= 3 && shared >= 0.8 * words.Count) || (queryWords.Count >= 4 && shared >= 0.8 * queryWords.Count))
            {
                return message.Length > 120 ? message[..117] + "…" : message;
            }
        }

        return null;
    }

    private static HashSet<string> Normalized(string text) =>
        TextAnalyzer.Words(text).Where(w => w.Length > 2).ToHashSet(StringComparer.Ordinal);

    private HashSet<string> MentionedProducts(string text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var rest = text;
        for (var i = 0; i < 4 && catalog.Find(rest) is { } match; i++)
        {
            found.Add(match.Product.Id);
            rest = rest[(match.Index + match.Length)..];
        }

        return found;
    }

    [GeneratedRegex(@"\bevent(?:\s*id)?\s*[:#]?\s*(?<id>\d{1,6})\b", RegexOptions.IgnoreCase)]
    private static partial Regex EventId();
}
