using System.Collections.Immutable;
using System.Globalization;
using KbEngine.Core.Tree;
using Microsoft.Data.Sqlite;

namespace KbEngine.Core.Compilation;

/// <summary>
/// Tree nodes to and from the rows of the <c>tree</c> table: plain columns, so that any SQLite tool
/// can walk the tree, and so that reading all 120,000 nodes of the archive's tree takes a fraction
/// of what parsing them as JSON did (3.4 s).
/// </summary>
internal static class TreeRows
{
    private static readonly ImmutableDictionary<string, TreeNodeKind> Kinds =
        Enum.GetValues<TreeNodeKind>().ToImmutableDictionary(Kind, kind => kind, StringComparer.Ordinal);

    /// <summary>The columns <see cref="Read"/> reads, in its order.</summary>
    public const string Select = "SELECT node, parent, kind, label, question, question_key, articles, article_id, children";

    public const string Insert = "INSERT INTO tree VALUES ($node, $parent, $kind, $label, $question, $key, $articles, $article, $children, $generation)";

    public const string Replace = "REPLACE INTO tree VALUES ($node, $parent, $kind, $label, $question, $key, $articles, $article, $children, $generation)";

    public static void Bind(SqliteCommand command, TreeNode node, long generation) => SqliteCommands.Bind(command, Values(node, generation));

    /// <summary>The row's values, in the order of <see cref="Insert"/>'s parameters.</summary>
    public static object?[] Values(TreeNode node, long generation) =>
        [node.Id, node.ParentId, Kind(node.Kind), node.Label, node.Question, node.QuestionKey, node.Articles, node.ArticleId, Children(node), generation];

    /// <summary>Whether two nodes would be the same row (children compared by value).</summary>
    public static bool SameRow(TreeNode a, TreeNode b) =>
        a.Id == b.Id && a.ParentId == b.ParentId && a.Kind == b.Kind && a.Label == b.Label && a.Question == b.Question
        && a.QuestionKey == b.QuestionKey && a.Articles == b.Articles && a.ArticleId == b.ArticleId && Children(a) == Children(b);

    public static string Kind(TreeNodeKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>One line per answer: <c>node id TAB articles TAB label</c> (labels are titles or answers, without tabs or line breaks).</summary>
    public static string Children(TreeNode node) =>
        string.Join('\n', node.Children.Select(child => string.Create(CultureInfo.InvariantCulture, $"{child.NodeId}\t{child.Articles}\t{Clean(child.Label)}")));

    public static TreeNodeKind ParseKind(string kind) => Kinds[kind];

    public static TreeNode Read(SqliteDataReader row)
    {
        var children = row.GetString(8);
        return new TreeNode(
            row.GetString(0),
            row.IsDBNull(1) ? null : row.GetString(1),
            Kinds[row.GetString(2)],
            row.GetString(3),
            row.IsDBNull(4) ? null : row.GetString(4),
            row.IsDBNull(5) ? null : row.GetString(5),
            children.Length == 0 ? [] : [.. children.Split('\n').Select(Answer)],
            row.GetInt32(6),
            row.IsDBNull(7) ? null : row.GetString(7));
    }

    private static TreeAnswer Answer(string line)
    {
        var parts = line.Split('\t', 3);
        return new TreeAnswer(parts[2], parts[0], int.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    private static string Clean(string label) => label.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
