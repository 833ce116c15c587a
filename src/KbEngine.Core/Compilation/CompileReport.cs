using System.Collections.Immutable;
using KbEngine.Core.Diagnostics;
using KbEngine.Core.Tree;

namespace KbEngine.Core.Compilation;

/// <summary>What a compile did.</summary>
/// <param name="OutputFile">The knowledge base written.</param>
/// <param name="Articles">The articles compiled.</param>
/// <param name="Failures">One diagnostic per article that could not be read; its text is kept in the file.</param>
/// <param name="ContentBytes">The bytes of content read.</param>
/// <param name="OutputBytes">The size of the knowledge base.</param>
/// <param name="Elapsed">The time taken.</param>
/// <param name="Tree">The shape of the decision tree.</param>
/// <param name="Phases">What each step took, in order.</param>
public sealed record CompileReport(
    string OutputFile, int Articles, ImmutableArray<Diagnostic> Failures, long ContentBytes, long OutputBytes, TimeSpan Elapsed, TreeStatistics Tree,
    ImmutableArray<CompilePhase> Phases);
