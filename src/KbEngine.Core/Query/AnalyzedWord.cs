namespace KbEngine.Core.Query;

/// <summary>
/// A lower-case word, its term (null for a stop word), for <c>msmi.dll</c> its parts, and the
/// phrases with an abbreviation that start with it (looked up once, when the word is first seen).
/// </summary>
internal sealed class AnalyzedWord(string word, AnalyzedTerm? term, AnalyzedWord[] parts, System.Collections.Immutable.ImmutableArray<(string[] Words, AnalyzedTerm Abbreviation)> phrases)
{
    public string Word => word;

    public AnalyzedTerm? Term => term;

    public AnalyzedWord[] Parts => parts;

    public System.Collections.Immutable.ImmutableArray<(string[] Words, AnalyzedTerm Abbreviation)> Phrases => phrases;

    /// <summary>For a number, its service pack's term (<c>sp3</c>), once one was needed.</summary>
    public AnalyzedTerm? ServicePack { get; set; }
}
