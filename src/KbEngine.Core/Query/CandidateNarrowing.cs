using System.Collections.Immutable;
using KbEngine.Core.Tree;

namespace KbEngine.Core.Query;

/// <summary>
/// Narrows a query's candidates by yes/no questions, the corpus tree's way: each time, the question
/// with the most information over the candidates (weighted by their scores), until one is left.
/// </summary>
public sealed class CandidateNarrowing
{
    /// <summary>The share of the weight at which the leading candidate is taken as the answer.</summary>
    public const double Confident = 0.9;

    private readonly List<(QueryHit Hit, TreeLeaf Leaf, double Weight)> _candidates;
    private readonly Dictionary<string, bool> _answers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _skipped = new(StringComparer.Ordinal);

    /// <summary>Starts from the hits of a query and their tree leaves.</summary>
    public CandidateNarrowing(IEnumerable<(QueryHit Hit, TreeLeaf Leaf)> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        _candidates = [.. candidates.Select(c => (c.Hit, c.Leaf, Math.Max(c.Hit.Score, 1e-6)))];
    }

    /// <summary>The remaining candidates, best first.</summary>
    public IReadOnlyList<QueryHit> Remaining => [.. _candidates.OrderByDescending(c => c.Weight).Select(c => c.Hit)];

    /// <summary>The questions about the remaining candidates not answered or skipped yet.</summary>
    public IReadOnlyList<TreeFeature> OpenQuestions =>
        [.. _candidates.SelectMany(c => c.Leaf.Features).DistinctBy(f => f.Key).Where(f => !_answers.ContainsKey(f.Key) && !_skipped.Contains(f.Key)).OrderBy(f => f.Key, StringComparer.Ordinal)];

    /// <summary>The answers given so far, by question key.</summary>
    public IReadOnlyDictionary<string, bool> Answers => _answers;

    /// <summary>The single remaining candidate, or the leading one once it holds <see cref="Confident"/> of the weight; else null.</summary>
    public QueryHit? Result
    {
        get
        {
            if (_candidates.Count == 0)
            {
                return null;
            }

            var best = _candidates.MaxBy(c => c.Weight);
            return _candidates.Count == 1 || best.Weight / _candidates.Sum(c => c.Weight) >= Confident ? best.Hit : null;
        }
    }

    /// <summary>The question that best splits the remaining candidates, or null when none splits them.</summary>
    public TreeFeature? NextQuestion()
    {
        var total = _candidates.Sum(c => c.Weight);
        var entropy = Entropy(_candidates.Select(c => c.Weight), total);
        TreeFeature? best = null;
        var bestGain = 1e-9;
        foreach (var feature in _candidates.SelectMany(c => c.Leaf.Features).DistinctBy(f => f.Key).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (_answers.ContainsKey(feature.Key) || _skipped.Contains(feature.Key))
            {
                continue;
            }

            var yes = _candidates.Where(c => Has(c.Leaf, feature.Key)).Select(c => c.Weight).ToList();
            var no = _candidates.Where(c => !Has(c.Leaf, feature.Key)).Select(c => c.Weight).ToList();
            if (yes.Count == 0 || no.Count == 0)
            {
                continue;
            }

            var p = yes.Sum() / total;
            var gain = entropy - (p * Entropy(yes, yes.Sum())) - ((1 - p) * Entropy(no, no.Sum()));
            if (gain > bestGain)
            {
                best = feature;
                bestGain = gain;
            }
        }

        return best;
    }

    /// <summary>Keeps the candidates that agree with the answer; null skips the question (the user does not know).</summary>
    public void Answer(string questionKey, bool? yes)
    {
        ArgumentNullException.ThrowIfNull(questionKey);
        if (yes is not { } answer)
        {
            _skipped.Add(questionKey);
            return;
        }

        _answers[questionKey] = answer;
        _candidates.RemoveAll(c => !Agrees(c.Leaf, questionKey, answer));
    }

    /// <summary>
    /// Whether a candidate agrees with an answer. Versions are facts about the estate, not the
    /// article: an article for 4.0, 5.0 and 5.5 stays while the user runs any of them, and one
    /// that names no version of the product is not excluded by any.
    /// </summary>
    private bool Agrees(TreeLeaf leaf, string key, bool yes)
    {
        if (!key.StartsWith(VersionPrefix, StringComparison.Ordinal))
        {
            return Has(leaf, key) == yes;
        }

        var product = key[..(key.LastIndexOf(':') + 1)];
        var versions = leaf.Features.Where(f => f.Key.StartsWith(product, StringComparison.Ordinal)).Select(f => f.Key).ToList();
        return versions.Count == 0 || versions.Any(v => !_answers.TryGetValue(v, out var answered) || answered);
    }

    private const string VersionPrefix = "version:";

    private static bool Has(TreeLeaf leaf, string key) => leaf.Features.Any(f => f.Key == key);

    private static double Entropy(IEnumerable<double> weights, double total) =>
        -weights.Where(w => w > 0).Sum(w => w / total * Math.Log2(w / total));
}
