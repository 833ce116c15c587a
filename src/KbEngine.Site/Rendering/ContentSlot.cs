using Scriban;
using Scriban.Syntax;

namespace KbEngine.Site.Rendering;

/// <summary>
/// Whether a layout prints the page's <c>content</c> as it is: once, as a statement of its own
/// at the top level, with nothing else reading it. Such a layout can be rendered around a short
/// marker instead of the content, and the content put in the marker's place afterwards: the same
/// text, without Scriban copying every page's HTML a second time (and scanning it for line
/// breaks) into a second string as large.
/// </summary>
internal static class ContentSlot
{
    /// <summary>Whether <paramref name="layout"/> prints <c>content</c> as it is; false whenever in doubt.</summary>
    public static bool IsPlain(Template layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var uses = 0;
        return layout.Page is { } page && Plain(page, topLevel: true, ref uses) && uses == 1;
    }

    private static bool Plain(ScriptNode node, bool topLevel, ref int uses)
    {
        switch (node)
        {
            case ScriptExpressionStatement { Expression: ScriptVariable { Name: "content" } } when topLevel:
                uses++;
                return true;
            case ScriptVariable { Name: "content" or "this" or "include" or "object" }:
                // content used any other way (a filter, a test, a member, inside an if, a loop, a
                // capture or a function), or reached by name (this, object.eval), or in another
                // template: only a full render gives the right text.
                return false;
        }

        var childrenTopLevel = topLevel && (node is ScriptPage or ScriptBlockStatement || IsStatementList(node));
        for (var i = 0; i < node.ChildrenCount; i++)
        {
            if (node.GetChildren(i) is { } child && !Plain(child, childrenTopLevel, ref uses))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsStatementList(ScriptNode node) =>
        node.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(ScriptList<>);
}
