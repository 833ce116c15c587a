namespace KbEngine.Core.Topology;

/// <summary>Something wrong in a topology file: where (a JSON path such as <c>$.links[3].to</c>, and the line when known) and what was expected.</summary>
/// <param name="Path">The JSON path of the offending value.</param>
/// <param name="Line">The 1-based line in the file, or 0 when unknown.</param>
/// <param name="Message">What was found and what was expected.</param>
public sealed record TopologyProblem(string Path, int Line, string Message)
{
    /// <summary>Formats the problem as <c>$.links[3].to (line 12): message</c>.</summary>
    public override string ToString() => Line > 0 ? $"{Path} (line {Line}): {Message}" : $"{Path}: {Message}";
}
