namespace KbEngine.Core.Query;

/// <summary>
/// A term as one thread knows it: one object per term, so that counting a document's terms
/// is a field compared on the object instead of a lookup of its text.
/// </summary>
internal sealed class AnalyzedTerm(string text)
{
    /// <summary>The term.</summary>
    public string Text => text;

    /// <summary>The document that last counted it (see <see cref="ThreadWords.NextDocument"/>).</summary>
    public int Document { get; set; }

    /// <summary>Where that document keeps its counts.</summary>
    public int Slot { get; set; }
}
