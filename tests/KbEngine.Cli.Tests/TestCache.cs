using System.Runtime.CompilerServices;

namespace KbEngine.Cli.Tests;

internal static class TestCache
{
    /// <summary>The compiled default caches of these tests go to a folder of their own, not the user's ~/.cache.</summary>
    [ModuleInitializer]
    internal static void UseAFolderOfTheTestRun() =>
        Environment.SetEnvironmentVariable(KnowledgeBaseCache.EnvironmentVariable, Path.Combine(Path.GetTempPath(), $"kbengine-cli-tests-cache-{Environment.ProcessId}"));
}
