using System.Collections.Immutable;
using System.Text;
using KbEngine.Core.Knowledge;
using KbEngine.Core.Model;

namespace KbEngine.Core.Compilation;

/// <summary>
/// Writes articles and knowledge records in the compiled knowledge base's binary form, which
/// <see cref="ModelReader"/> reads back.
/// </summary>
/// <remarks>
/// Hand-written rather than JSON because loading is the hot path of every command that opens a
/// compiled file: this form reads an article in microseconds. Spans are written without their
/// article id, which every span of one article repeats. The field order is the format: change
/// it only with <see cref="KnowledgeBaseFormat.Version"/>.
/// </remarks>
internal sealed class ModelWriter(Stream output) : IDisposable
{
    private readonly BinaryWriter _out = new(output, Encoding.UTF8, leaveOpen: true);

    public void Write(Article article)
    {
        Text(article.Id);
        Text(article.Title);
        Optional(article.Area);
        Texts(article.Products);
        Text(article.Versions.Raw);
        Array(article.Versions.Entries, entry => { Optional(entry.Platform); Text(entry.Version); });
        Texts(article.OperatingSystems);
        Texts(article.Keywords);
        _out.Write(article.LastModified?.DayNumber ?? -1);
        Array(article.AppliesTo, entry => { Text(entry.Text); Span(entry.Span); });
        Array(article.Sections, Section);
        Array(article.References, reference => { Text(reference.Id); Text(reference.Title); Span(reference.Span); });
        Optional(article.AdditionalQueryWords);
        Texts(article.Technology);
        Optional(article.IssueType);
        Optional(article.SolutionType);
        Text(article.Source);
        Optional(article.Permalink);
        Span(article.HeaderSpan);
        OptionalSpan(article.AppliesToSpan);
        OptionalSpan(article.TrailerSpan);
    }

    public void Write(KnowledgeRecord record)
    {
        Text(record.ArticleId);
        Array(record.Applicability.Products, product => { Optional(product.ProductId); Text(product.Product); Optional(product.Version); });
        Texts(record.Applicability.Unknown);
        Array(record.Applicability.Provenance, Provenance);
        Array(record.FixedIn, FixLevel);
        OptionalOf(record.ListsFixesOf, FixLevel);
        _out.Write((byte)record.Status);
        Array(record.Symptoms, Sentence);
        Array(record.ErrorMessages, message => { Text(message.Text); OptionalNumber(message.EventId); Optional(message.Source); Provenance(message.Provenance); });
        Array(record.Conditions, Condition);
        Array(record.Cause, Sentence);
        OptionalOf(record.Resolution, Remedy);
        OptionalOf(record.Workaround, Remedy);
        Array(record.References, link => { Text(link.Id); Text(link.Title); _out.Write((byte)(link.Exists is null ? 2 : link.Exists.Value ? 1 : 0)); Provenance(link.Provenance); });
    }

    public void Dispose() => _out.Dispose();

    private void Section(Section section)
    {
        Optional(section.Heading);
        OptionalSpan(section.HeadingSpan);
        Span(section.Span);
        Array(section.Blocks, Block);
        Array(section.Subsections, Section);
    }

    private void Block(Block block)
    {
        switch (block)
        {
            case Paragraph paragraph:
                _out.Write((byte)BlockTag.Paragraph);
                Common(block);
                Text(paragraph.Content);
                break;
            case LiteralBlock literal:
                _out.Write((byte)BlockTag.Literal);
                Common(block);
                _out.Write7BitEncodedInt(literal.Indent);
                break;
            case StepList steps:
                _out.Write((byte)BlockTag.Steps);
                Common(block);
                Array(steps.Items, Item);
                break;
            case BulletList bullets:
                _out.Write((byte)BlockTag.Bullets);
                Common(block);
                Array(bullets.Items, Item);
                break;
            case ListItem item:
                _out.Write((byte)BlockTag.Item);
                Item(item);
                break;
            case Table table:
                _out.Write((byte)BlockTag.Table);
                Common(block);
                Texts(table.Header);
                Array(table.Rows, Texts);
                break;
            default:
                throw new NotSupportedException($"block kind '{block.Kind}' has no binary form: add it to ModelWriter and ModelReader");
        }
    }

    private void Item(ListItem item)
    {
        Common(item);
        Text(item.Marker);
        _out.Write7BitEncodedInt(item.Number);
        Text(item.Content);
        Array(item.Blocks, Block);
    }

    private void Common(Block block)
    {
        Span(block.Span);
        Text(block.Text);
    }

    private void FixLevel(FixLevel fix)
    {
        Optional(fix.ProductId);
        Text(fix.Product);
        Optional(fix.Version);
        OptionalNumber(fix.ServicePack);
        Optional(fix.Release);
        Provenance(fix.Provenance);
    }

    private void Condition(Condition condition)
    {
        Text(condition.Text);
        Text(condition.Cue);
        Text(condition.Question);
        OptionalOf(condition.Binding, binding => { Text(binding.Key); Text(binding.Predicate); Text(binding.Pattern); });
        Provenance(condition.Provenance);
    }

    private void Remedy(Remedy remedy)
    {
        Array(remedy.Text, Sentence);
        Array(remedy.Steps, step =>
        {
            _out.Write7BitEncodedInt(step.Number);
            Text(step.Text);
            Texts(step.Details);
            OptionalOf(step.Loop, loop => { _out.Write7BitEncodedInt(loop.From); _out.Write7BitEncodedInt(loop.To); Text(loop.Over); });
            OptionalOf(step.Fix, FixAction);
            Provenance(step.Provenance);
        });
        OptionalOf(remedy.Fix, FixAction);
    }

    private void FixAction(FixAction fix)
    {
        Optional(fix.ProductId);
        Text(fix.Product);
        Optional(fix.Version);
        _out.Write(fix.Latest);
        OptionalNumber(fix.ServicePack);
        Optional(fix.Release);
    }

    private void Sentence(Sentence sentence)
    {
        Text(sentence.Text);
        Provenance(sentence.Provenance);
    }

    private void Provenance(Provenance provenance)
    {
        Optional(provenance.Section);
        Text(provenance.Block);
        Span(provenance.Span);
    }

    private void Span(SourceSpan span)
    {
        // Offsets are -1 for derived spans: shifted by one so that they stay unsigned.
        _out.Write7BitEncodedInt(span.Line);
        _out.Write7BitEncodedInt(span.Column);
        _out.Write7BitEncodedInt(span.EndLine);
        _out.Write7BitEncodedInt(span.EndColumn);
        _out.Write7BitEncodedInt(span.Start + 1);
        _out.Write7BitEncodedInt(span.End + 1);
    }

    private void OptionalSpan(SourceSpan? span) => OptionalOf(span, Span);

    private void Text(string text) => _out.Write(text);

    private void Optional(string? text) => OptionalOf(text, Text);

    private void OptionalNumber(int? number) => OptionalOf(number, value => _out.Write7BitEncodedInt(value));

    private void OptionalOf<T>(T? value, Action<T> write) where T : class
    {
        _out.Write(value is not null);
        if (value is not null)
        {
            write(value);
        }
    }

    private void OptionalOf<T>(T? value, Action<T> write) where T : struct
    {
        _out.Write(value.HasValue);
        if (value is { } present)
        {
            write(present);
        }
    }

    private void Texts(ImmutableArray<string> texts) => Array(texts, Text);

    private void Array<T>(ImmutableArray<T> items, Action<T> write)
    {
        _out.Write7BitEncodedInt(items.IsDefault ? 0 : items.Length);
        foreach (var item in items.IsDefault ? [] : items)
        {
            write(item);
        }
    }
}
