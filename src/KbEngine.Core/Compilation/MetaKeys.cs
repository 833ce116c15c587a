namespace KbEngine.Core.Compilation;

/// <summary>The keys of the <c>meta</c> table.</summary>
internal static class MetaKeys
{
    public const string FormatVersion = "formatVersion";
    public const string EngineBuild = "engineBuild";
    public const string ContentHash = "contentHash";
    public const string ContentFingerprint = "contentFingerprint";
    public const string ContentSource = "contentSource";
    public const string Articles = "articles";
    public const string Failures = "failures";
    public const string CompiledAt = "compiledAt";
    public const string TreeRoot = "treeRoot";
    public const string Lengths = "lengths";
    public const string Identity = "identity";
    public const string Generation = "generation";
}
