using KbEngine.Core.Knowledge;

namespace KbEngine.Cli.Output;

/// <summary>Prints a knowledge record after its article: what the engine understood, item by item, with source lines.</summary>
internal static class KnowledgeTextWriter
{
    public static void Write(TextWriter output, KnowledgeRecord record)
    {
        output.WriteLine();
        output.WriteLine("KNOWLEDGE");
        output.WriteLine("=========");
        output.WriteLine($"Applies to: {string.Join("; ", record.Applicability.Products.Select(p => p.Version is null ? p.Product : $"{p.Product} {p.Version}"))}");
        output.WriteLine($"Status: {record.Status}");
        foreach (var fix in record.FixedIn)
        {
            output.WriteLine($"Fixed in: {fix.Product} {fix.Level} (line {fix.Provenance.Span.Line}, {fix.Provenance.Block})");
        }

        List(output, "Symptoms", record.Symptoms.Select(s => $"{s.Text} (line {s.Provenance.Span.Line})"));
        List(output, "Error messages", record.ErrorMessages.Select(m =>
            (m.EventId is { } id ? $"[Event {id}{(m.Source is null ? "" : $", {m.Source}")}] " : string.Empty) + m.Text));
        List(output, "Conditions", record.Conditions.Select(c => $"{c.Question} [{(c.Binding is { } b ? "bound: " + b.Key : "open")}] (line {c.Provenance.Span.Line})"));
        List(output, "Cause", record.Cause.Select(s => s.Text));
        foreach (var (name, remedy) in new[] { ("Resolution", record.Resolution), ("Workaround", record.Workaround) })
        {
            if (remedy is null)
            {
                continue;
            }

            List(output, name, remedy.Text.Select(s => s.Text).Concat(remedy.Steps.Select(step =>
                $"{step.Number}. {step.Text}" + (step.Loop is { } loop ? $" [loop: steps {loop.From}-{loop.To} for {loop.Over}]" : string.Empty))));
        }

        List(output, "References", record.References.Select(r => $"{r.Id} {r.Title}{(r.Exists == false ? " (not in the content)" : string.Empty)}"));
    }

    private static void List(TextWriter output, string name, IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return;
        }

        output.WriteLine($"{name}:");
        foreach (var item in list)
        {
            output.WriteLine($"  - {item}");
        }
    }
}
