using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace KbEngine.Site.Rendering;

/// <summary>
/// <c>html.escape</c> for the templates, done by <see cref="HtmlText.Escape"/>, as a Scriban
/// function of its own.
/// </summary>
/// <remarks>
/// Scriban calls a function made from a method through reflection, and converts each argument
/// looking up its nullability on the way: on the archive that was 2% of a build's CPU, for the
/// 2.6 million escapes the pages make.
/// </remarks>
internal sealed class HtmlEscapeFunction : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "text");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        // Scriban has converted the argument to the type GetParameterInfo gives, as for a method's string parameter.
        return HtmlText.Escape((string?)arguments[0]);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
