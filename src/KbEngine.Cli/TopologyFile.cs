using KbEngine.Core.Topology;

namespace KbEngine.Cli;

/// <summary>Reads a topology file for a command: an unreadable file and each validation problem are reported the same way by every command.</summary>
internal static class TopologyFile
{
    /// <summary>The file read and validated, or null when it could not be read (the reason is on <paramref name="error"/>).</summary>
    public static TopologyReadResult? Read(string file, string command, TextWriter error)
    {
        try
        {
            return new TopologyReader().Read(File.ReadAllText(file));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"kb {command}: cannot read '{file}': {e.Message}");
            return null;
        }
    }

    /// <summary>Prints every problem as <c>file: $.path (line N): message</c>.</summary>
    public static void WriteProblems(string file, TopologyReadResult result, TextWriter error)
    {
        foreach (var problem in result.Problems)
        {
            error.WriteLine($"{file}: {problem}");
        }
    }
}
