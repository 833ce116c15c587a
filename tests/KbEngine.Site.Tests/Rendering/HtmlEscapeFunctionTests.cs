using KbEngine.Site.Rendering;
using Scriban;
using Scriban.Runtime;

namespace KbEngine.Site.Tests.Rendering;

public sealed class HtmlEscapeFunctionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kb-escape-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void TheTemplatesHtmlEscapeIsOurs() =>
        Assert.IsType<HtmlEscapeFunction>(((ScriptObject)TemplateSet.Builtins["html"]!)["escape"]);

    [Theory]
    [InlineData("{{ text | html.escape }}")]
    [InlineData("{{ html.escape text }}")]
    [InlineData("{{ number | html.escape }}|{{ flag | html.escape }}|{{ nothing | html.escape }}|{{ missing | html.escape }}")]
    [InlineData("{{ words | array.join \" & \" | html.escape }}|{{ (nothing | html.escape) == null }}|{{ text | html.escape | string.size }}")]
    [InlineData("{{ (number | html.escape) + 1 }}|{{ (flag | html.escape) + 1 }}")]
    public void TheTemplatesEscapeAsScribansOwnHtmlEscapeDoes(string text)
    {
        File.WriteAllText(Path.Combine(_folder, "layout.html"), "{{ content }}");
        File.WriteAllText(Path.Combine(_folder, "page.html"), text);
        var globals = new ScriptObject
        {
            ["text"] = "<p class=\"x\">Tom & Jerry's caf\u00e9</p>",
            ["number"] = 1234.5,
            ["flag"] = true,
            ["nothing"] = null,
            ["words"] = new ScriptArray { "a<b", "c" },
        };

        var ours = TemplateSet.Load(_folder).Render("page", globals);

        var context = new TemplateContext { EnableRelaxedMemberAccess = true };
        context.PushGlobal(globals);
        Assert.Equal(Template.Parse(text).Render(context), ours);
    }
}
