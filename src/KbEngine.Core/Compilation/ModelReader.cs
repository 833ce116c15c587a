using System.Collections.Immutable;
using System.Text;
using KbEngine.Core.Knowledge;
using KbEngine.Core.Model;

namespace KbEngine.Core.Compilation;

/// <summary>Reads what <see cref="ModelWriter"/> wrote, field for field in the same order.</summary>
/// <param name="input">The inflated blob.</param>
/// <param name="articleId">The article the blob belongs to, for error messages.</param>
/// <param name="isArticle">
/// Whether the content holds an article, for a reference stored without knowing (a compile
/// leaves that to the knowledge base, which can look the id up); null leaves such a reference unknown.
/// </param>
internal sealed class ModelReader(Stream input, string articleId, Func<string, bool>? isArticle = null) : IDisposable
{
    private readonly BinaryReader _in = new(input, Encoding.UTF8, leaveOpen: true);

    public Article ReadArticle() => new()
    {
        Id = Text(),
        Title = Text(),
        Area = Optional(),
        Products = Texts(),
        Versions = new VersionList(Text(), Array(() => new VersionEntry(Optional(), Text()))),
        OperatingSystems = Texts(),
        Keywords = Texts(),
        LastModified = _in.ReadInt32() is var day and >= 0 ? DateOnly.FromDayNumber(day) : null,
        AppliesTo = Array(() => new AppliesToEntry(Text(), Span())),
        Sections = Array(Section),
        References = Array(() => new Reference(Text(), Text(), Span())),
        AdditionalQueryWords = Optional(),
        Technology = Texts(),
        IssueType = Optional(),
        SolutionType = Optional(),
        Source = Text(),
        Permalink = Optional(),
        HeaderSpan = Span(),
        AppliesToSpan = OptionalSpan(),
        TrailerSpan = OptionalSpan(),
    };

    public KnowledgeRecord ReadKnowledge() => new()
    {
        ArticleId = Text(),
        Applicability = new Applicability(Array(() => new ProductVersion(Optional(), Text(), Optional())), Texts(), Array(Provenance)),
        FixedIn = Array(FixLevel),
        ListsFixesOf = OptionalOf(FixLevel),
        Status = (ArticleStatus)_in.ReadByte(),
        Symptoms = Array(Sentence),
        ErrorMessages = Array(() => new ErrorMessage(Text(), OptionalNumber(), Optional(), Provenance())),
        Conditions = Array(Condition),
        Cause = Array(Sentence),
        Resolution = OptionalOf(Remedy),
        Workaround = OptionalOf(Remedy),
        References = Array(ReferenceLink),
    };

    private ReferenceLink ReferenceLink()
    {
        var id = Text();
        var title = Text();
        bool? exists = _in.ReadByte() switch { 0 => false, 1 => true, _ => isArticle?.Invoke(id) };
        return new ReferenceLink(id, title, exists, Provenance());
    }

    public void Dispose()
    {
        _in.Dispose();
        input.Dispose(); // an inflating stream left to the finalizer costs a tenth of a site build on the finalizer thread
    }

    private Section Section() => new()
    {
        Heading = Optional(),
        HeadingSpan = OptionalSpan(),
        Span = Span(),
        Blocks = Array(Block),
        Subsections = Array(Section),
    };

    private Block Block()
    {
        var tag = (BlockTag)_in.ReadByte();
        if (tag == BlockTag.Item)
        {
            return Item();
        }

        var span = Span();
        var text = Text();
        return tag switch
        {
            BlockTag.Paragraph => new Paragraph { Span = span, Text = text, Content = Text() },
            BlockTag.Literal => new LiteralBlock { Span = span, Text = text, Indent = _in.Read7BitEncodedInt() },
            BlockTag.Steps => new StepList { Span = span, Text = text, Items = Array(Item) },
            BlockTag.Bullets => new BulletList { Span = span, Text = text, Items = Array(Item) },
            BlockTag.Table => new Table { Span = span, Text = text, Header = Texts(), Rows = Array(Texts) },
            _ => throw new InvalidDataException($"{articleId}: unknown block tag {(byte)tag} in the compiled knowledge base"),
        };
    }

    private ListItem Item() => new()
    {
        Span = Span(),
        Text = Text(),
        Marker = Text(),
        Number = _in.Read7BitEncodedInt(),
        Content = Text(),
        Blocks = Array(Block),
    };

    private FixLevel FixLevel() => new(Optional(), Text(), Optional(), OptionalNumber(), Optional(), Provenance());

    private Condition Condition() => new(Text(), Text(), Text(), OptionalOf(() => new ConditionBinding(Text(), Text(), Text())), Provenance());

    private Remedy Remedy() => new(
        Array(Sentence),
        Array(() => new ActionStep(
            _in.Read7BitEncodedInt(),
            Text(),
            Texts(),
            OptionalOf(() => new StepLoop(_in.Read7BitEncodedInt(), _in.Read7BitEncodedInt(), Text())),
            OptionalOf(FixAction),
            Provenance())),
        OptionalOf(FixAction));

    private FixAction FixAction() => new(Optional(), Text(), Optional(), _in.ReadBoolean(), OptionalNumber(), Optional());

    private Sentence Sentence() => new(Text(), Provenance());

    private Provenance Provenance() => new(Optional(), Text(), Span());

    private SourceSpan Span() => new(
        articleId,
        _in.Read7BitEncodedInt(),
        _in.Read7BitEncodedInt(),
        _in.Read7BitEncodedInt(),
        _in.Read7BitEncodedInt(),
        _in.Read7BitEncodedInt() - 1,
        _in.Read7BitEncodedInt() - 1);

    private SourceSpan? OptionalSpan() => _in.ReadBoolean() ? Span() : null;

    private string Text() => _in.ReadString();

    private string? Optional() => _in.ReadBoolean() ? Text() : null;

    private int? OptionalNumber() => _in.ReadBoolean() ? _in.Read7BitEncodedInt() : null;

    private T? OptionalOf<T>(Func<T> read) where T : class => _in.ReadBoolean() ? read() : null;

    private ImmutableArray<string> Texts() => Array(Text);

    private ImmutableArray<T> Array<T>(Func<T> read)
    {
        var count = _in.Read7BitEncodedInt();
        if (count == 0)
        {
            return [];
        }

        var items = ImmutableArray.CreateBuilder<T>(count);
        for (var i = 0; i < count; i++)
        {
            items.Add(read());
        }

        return items.MoveToImmutable();
    }
}
