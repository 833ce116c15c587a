using Newtonsoft.Json;

namespace KbEngine.Cli.Output;

/// <summary>The JSON conventions of every <c>--json</c> output: camelCase property names, indented, nulls kept.</summary>
internal static class KbJson
{
    public static JsonSerializer Serializer { get; } = JsonSerializer.Create(KbEngine.Core.Export.KbJsonConventions.Settings(indented: true));

    public static void Write(TextWriter output, object value)
    {
        using var writer = new JsonTextWriter(output) { CloseOutput = false };
        Serializer.Serialize(writer, value);
        output.WriteLine();
    }
}
