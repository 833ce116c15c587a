namespace KbEngine.Core.Query;

/// <summary>Receives the terms of a text.</summary>
internal interface ITermSink
{
    void Add(AnalyzedTerm term);
}
