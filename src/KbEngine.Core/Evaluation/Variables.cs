namespace KbEngine.Core.Evaluation;

/// <summary>Pattern variables are written with a leading <c>?</c>; anything else names a node id.</summary>
internal static class Variables
{
    public static bool IsVariable(string name) => name.Length > 1 && name[0] == '?';
}
