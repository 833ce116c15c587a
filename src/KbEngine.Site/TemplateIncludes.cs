using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace KbEngine.Site;

/// <summary>
/// Resolves <c>{{ include 'name' }}</c> to a template of the same folder. The templates are
/// already parsed and handed to every context as its cache, so this loader only names them.
/// </summary>
internal sealed class TemplateIncludes(string folder) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        File.ReadAllText(Path.Combine(folder, templatePath + ".html"));

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(Load(context, callerSpan, templatePath));
}
