using KbEngine.Core;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace KbEngine.Cli.Output;

/// <summary>The JSON conventions of every <c>--json</c> output: camelCase property names, indented, nulls kept.</summary>
internal static class KbJson
{
    public static JsonSerializer Serializer { get; } = JsonSerializer.Create(new JsonSerializerSettings
    {
        // Dictionary keys are data (section headings, block kinds), so they keep their case.
        ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy(processDictionaryKeys: false, overrideSpecifiedNames: true) },
        Formatting = Formatting.Indented,
        Converters = { new StringEnumConverter(new CamelCaseNamingStrategy()), new SourceSpanConverter(), new BindingConverter() },
    });

    public static void Write(TextWriter output, object value)
    {
        using var writer = new JsonTextWriter(output) { CloseOutput = false };
        Serializer.Serialize(writer, value);
        output.WriteLine();
    }

    /// <summary>Writes a binding as variable → node id, the variable without its '?': <c>{"po": "PO1"}</c>.</summary>
    private sealed class BindingConverter : JsonConverter<KbEngine.Core.Evaluation.Binding>
    {
        public override bool CanRead => false;

        public override KbEngine.Core.Evaluation.Binding ReadJson(JsonReader reader, Type objectType, KbEngine.Core.Evaluation.Binding? existingValue, bool hasExistingValue, JsonSerializer serializer) =>
            throw new NotSupportedException();

        public override void WriteJson(JsonWriter writer, KbEngine.Core.Evaluation.Binding? value, JsonSerializer serializer)
        {
            writer.WriteStartObject();
            foreach (var (variable, id) in (value ?? KbEngine.Core.Evaluation.Binding.Empty).Values)
            {
                writer.WritePropertyName(variable.TrimStart('?'));
                writer.WriteValue(id);
            }

            writer.WriteEndObject();
        }
    }

    /// <summary>Writes spans without the article id, which every span of one article repeats.</summary>
    private sealed class SourceSpanConverter : JsonConverter<SourceSpan>
    {
        public override bool CanRead => false;

        public override SourceSpan ReadJson(JsonReader reader, Type objectType, SourceSpan existingValue, bool hasExistingValue, JsonSerializer serializer) =>
            throw new NotSupportedException();

        public override void WriteJson(JsonWriter writer, SourceSpan value, JsonSerializer serializer)
        {
            writer.WriteStartObject();
            Property(writer, "line", value.Line);
            Property(writer, "column", value.Column);
            Property(writer, "endLine", value.EndLine);
            Property(writer, "endColumn", value.EndColumn);
            Property(writer, "start", value.Start);
            Property(writer, "end", value.End);
            writer.WriteEndObject();
        }

        private static void Property(JsonWriter writer, string name, int value)
        {
            writer.WritePropertyName(name);
            writer.WriteValue(value);
        }
    }
}
