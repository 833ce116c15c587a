using System.Collections.Concurrent;
using System.Collections.Immutable;
using KbEngine.Core.Extraction;
using KbEngine.Core.Knowledge;
using KbEngine.Core.Topology;

namespace KbEngine.Core.Evaluation;

/// <summary>
/// Evaluates a knowledge record against a topology: one finding per binding of the bound
/// conditions' variables, and one per element of a product whose fix level the article names.
/// </summary>
/// <remarks>
/// Bindings come from the conditions' positive parts (nodes, links, counts), joined; "distinct"
/// decides what is a binding at all; each condition's full pattern (its negations included) is
/// then true or false for the binding, and the facts that made a negation fail are the reason.
/// Unbound conditions stay open questions.
/// </remarks>
public sealed partial class ArticleEvaluator(ProductCatalog catalog, CuratedRules rules)
{

    private readonly ConcurrentDictionary<string, Pattern> _patterns = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether any topology can give <paramref name="record"/> a finding: it needs a bound condition,
    /// or a fix level that names a catalog product and a version. The compiled knowledge base marks
    /// such records, so that a diagnosis reads only them.
    /// </summary>
    public static bool CanFind(KnowledgeRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Conditions.Any(c => c.IsBound) || record.FixedIn.Any(NamesProductAndVersion);
    }

    /// <summary>The findings of <paramref name="record"/> for <paramref name="topology"/>, open questions decided by <paramref name="answers"/> where given.</summary>
    /// <param name="record">The article's knowledge.</param>
    /// <param name="topology">The estate.</param>
    /// <param name="answers">Answers by question id (<c>Q256350-c1</c> → true for yes).</param>
    public IReadOnlyList<Finding> Evaluate(KnowledgeRecord record, Topology.Topology topology, IReadOnlyDictionary<string, bool>? answers = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(topology);
        if (!CanFind(record))
        {
            return [];
        }

        answers ??= new Dictionary<string, bool>();
        var findings = new List<Finding>();
        var conditions = record.Conditions.Select((c, i) => (Condition: c, Id: $"{record.ArticleId}-c{i + 1}")).ToList();
        var bound = conditions.Where(c => c.Condition.Binding is not null).Select(c => (c.Condition, c.Id, Pattern: PatternOf(c.Condition.Binding!))).ToList();
        var open = conditions.Where(c => c.Condition.Binding is null)
            .Select(c => new ConditionOutcome(c.Id, c.Condition.Text, answers.TryGetValue(c.Id, out var answer) ? answer : null, [], c.Condition.Provenance) { Question = c.Condition.Question })
            .ToImmutableArray();
        if (bound.Count > 0)
        {
            var skeleton = new AllPattern([.. bound.SelectMany(b => Positive(b.Pattern))]);
            var constraints = bound.SelectMany(b => Parts(b.Pattern)).OfType<DistinctPattern>().ToList();
            foreach (var binding in skeleton.Match(topology, Binding.Empty))
            {
                if (constraints.Any(c => !c.Match(topology, binding).Any()))
                {
                    continue;
                }

                var trace = bound.Select(b => Outcome(b.Id, b.Condition, b.Pattern, topology, binding)).Concat(open).ToImmutableArray();
                findings.Add(Decide(record.ArticleId, binding, trace));
            }
        }

        findings.AddRange(FixLevelFindings(record, topology, open, answers));
        var applying = findings.Where(f => f.Verdict == Verdict.Applies).Select(f => f.Binding).ToList();
        return [.. findings.Select(f => f.Verdict == Verdict.Applies ? f with { Steps = Steps(record, f.Binding, applying) } : f)];
    }

    /// <summary>
    /// The resolution for one binding: the article's example names (a curated rule maps them to
    /// variables) replaced with the estate's; a "repeat steps 1 through 4 for …" step expands into
    /// those steps for every other binding that applies and differs in the loop's subject.
    /// </summary>
    private ImmutableArray<string> Steps(KnowledgeRecord record, Binding binding, List<Binding> applying)
    {
        if (record.Resolution is not { Steps.IsEmpty: false } resolution)
        {
            return [];
        }

        var names = rules.For(record.ArticleId)?.Names ?? ImmutableDictionary<string, string>.Empty;
        string Fill(string text, Binding values) => names.Aggregate(text, (filled, pair) =>
            values[pair.Value] is { } id ? System.Text.RegularExpressions.Regex.Replace(filled, $@"\b{System.Text.RegularExpressions.Regex.Escape(pair.Key)}\b", id) : filled);

        var steps = ImmutableArray.CreateBuilder<string>();
        foreach (var step in resolution.Steps)
        {
            if (step.Loop is not { } loop)
            {
                steps.Add($"{step.Number}. {Fill(step.Text, binding)}");
                continue;
            }

            var others = applying.Where(other => !other.Equals(binding)).ToList();
            if (others.Count == 0)
            {
                steps.Add($"{step.Number}. (Repeats steps {loop.From}-{loop.To} for {loop.Over}: none other applies in this estate.)");
            }

            foreach (var other in others)
            {
                foreach (var repeated in resolution.Steps.Where(s => s.Number >= loop.From && s.Number <= loop.To))
                {
                    steps.Add($"{step.Number}.{repeated.Number} [{other}] {Fill(repeated.Text, other)}");
                }
            }
        }

        return steps.ToImmutable();
    }

    private IEnumerable<Finding> FixLevelFindings(
        KnowledgeRecord record, Topology.Topology topology, ImmutableArray<ConditionOutcome> open, IReadOnlyDictionary<string, bool> answers)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fix in record.FixedIn.Where(NamesProductAndVersion))
        {
            foreach (var node in topology.Nodes.Where(n => ProductOf(n) == fix.ProductId && SameVersion(n, fix.Version!) && seen.Add(n.Id)))
            {
                var binding = Binding.Empty.With("?element", node.Id);
                var servicePack = node.Attributes.TryGetValue("servicePack", out var sp) ? (int?)sp.Number : null;
                var isFixed = fix.ServicePack is null || (servicePack is { } level && level >= fix.ServicePack);
                var fact = $"{node.Id} runs {fix.Product} {fix.Version}{(servicePack is { } s ? $" SP{s}" : string.Empty)}";
                var outcome = new ConditionOutcome($"{record.ArticleId}-fix", $"{node.Id} runs a level before the fix ({fix.Level})", !isFixed, [fact], fix.Provenance);
                var trace = ImmutableArray.Create(outcome).AddRange(open);
                if (!isFixed && SymptomQuestion(record) is { } symptom)
                {
                    var id = $"{record.ArticleId}-symptom";
                    trace = trace.Add(new ConditionOutcome(id, symptom, answers.TryGetValue(id, out var answered) ? answered : null, [], fix.Provenance) { Question = symptom });
                }

                yield return Decide(record.ArticleId, binding, trace, isFixed ? $"fixed in {fix.Level}, {fact}" : null);
            }
        }
    }

    private static bool NamesProductAndVersion(FixLevel fix) => fix.ProductId is not null && fix.Version is not null;

    private static Finding Decide(string articleId, Binding binding, ImmutableArray<ConditionOutcome> trace, string? fixedReason = null)
    {
        var reasons = trace.Where(o => o.Holds == false)
            .Select(o => o.Id.EndsWith("-fix", StringComparison.Ordinal) && fixedReason is not null
                ? fixedReason
                : $"not: {o.Condition}{(o.Facts.IsEmpty ? string.Empty : " (" + string.Join("; ", o.Facts) + ")")}")
            .ToImmutableArray();
        var questions = trace.Where(o => o.Holds is null).Select(o => new Question(o.Id, o.Question ?? o.Condition))
            .DistinctBy(q => q.Text, StringComparer.Ordinal).OrderBy(q => q.Text.Length).ToImmutableArray();
        var verdict = !reasons.IsEmpty ? Verdict.RuledOut : questions.IsEmpty ? Verdict.Applies : Verdict.Open;
        return new Finding(articleId, binding, verdict, reasons, verdict == Verdict.Open ? questions : [], trace);
    }

    private static ConditionOutcome Outcome(string id, Condition condition, Pattern pattern, Topology.Topology topology, Binding binding)
    {
        if (pattern.Match(topology, binding).Any())
        {
            return new ConditionOutcome(id, condition.Text, true, [], condition.Provenance);
        }

        // The negations that matched are the facts that made the condition false.
        var facts = Parts(pattern).OfType<NotPattern>()
            .SelectMany(not => not.Inner.Match(topology, binding).Select(not.Inner.Describe))
            .ToImmutableArray();
        return new ConditionOutcome(id, condition.Text, false, facts, condition.Provenance);
    }

    private static string? SymptomQuestion(KnowledgeRecord record) =>
        record.ErrorMessages.FirstOrDefault(m => m.EventId is not null) is { } logged
            ? $"Do you see Event ID {logged.EventId}{(logged.Source is null ? string.Empty : $" from {logged.Source}")}?"
            : record.Symptoms.Skip(1).FirstOrDefault() is { } symptom ? $"Do you see this: {symptom.Text}" : null;

    private static IEnumerable<Pattern> Parts(Pattern pattern) => pattern is AllPattern all ? all.Parts.SelectMany(Parts) : [pattern];

    private static IEnumerable<Pattern> Positive(Pattern pattern) => Parts(pattern).Where(p => p is NodePattern or LinkPattern or CountPattern);

    private Pattern PatternOf(ConditionBinding binding) => _patterns.GetOrAdd(binding.Pattern, PatternReader.Parse);

    private string? ProductOf(TopologyNode node) =>
        node.Attributes.TryGetValue("product", out var product) && product.Text is { } name
            ? catalog.Identify(name)?.Id
            : null;

    private static bool SameVersion(TopologyNode node, string version) =>
        node.Attributes.TryGetValue("version", out var value) && value.Version is { } running && KbVersion.Parse(version) is { } wanted && running.Equals(wanted);
}
