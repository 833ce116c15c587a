namespace KbEngine.Core.Compilation;

/// <summary>Identifies this build of the engine, its embedded content included.</summary>
public static class EngineBuild
{
    /// <summary>
    /// The module version id of KbEngine.Core. Builds are deterministic, so it changes exactly
    /// when the code or the embedded data (catalog, vocabulary, rules) changes: a default cache
    /// compiled by another build is rebuilt, because extraction may have changed.
    /// </summary>
    public static string Id { get; } = typeof(EngineBuild).Assembly.ManifestModule.ModuleVersionId.ToString("N");
}
