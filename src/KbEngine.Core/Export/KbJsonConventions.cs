using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace KbEngine.Core.Export;

/// <summary>
/// The JSON conventions of every JSON KbEngine writes (the CLI's <c>--json</c>, the export):
/// camelCase names, enums as camelCase strings, spans without the article id they all repeat,
/// bindings as variable → node id.
/// </summary>
public static class KbJsonConventions
{
    /// <summary>Settings with the conventions; <paramref name="indented"/> for output people read.</summary>
    public static JsonSerializerSettings Settings(bool indented) => new()
    {
        // Dictionary keys are data (section headings, block kinds), so they keep their case.
        ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy(processDictionaryKeys: false, overrideSpecifiedNames: true) },
        Formatting = indented ? Formatting.Indented : Formatting.None,
        Converters = { new StringEnumConverter(new CamelCaseNamingStrategy()), new SourceSpanJsonConverter(), new BindingJsonConverter() },
    };

    /// <summary>Writes a binding as variable → node id, the variable without its '?': <c>{"po": "PO1"}</c>.</summary>
    private sealed class BindingJsonConverter : JsonConverter<Evaluation.Binding>
    {
        public override bool CanRead => false;

        public override Evaluation.Binding ReadJson(JsonReader reader, Type objectType, Evaluation.Binding? existingValue, bool hasExistingValue, JsonSerializer serializer) =>
            throw new NotSupportedException();

        public override void WriteJson(JsonWriter writer, Evaluation.Binding? value, JsonSerializer serializer)
        {
            writer.WriteStartObject();
            foreach (var (variable, id) in (value ?? Evaluation.Binding.Empty).Values)
            {
                writer.WritePropertyName(variable.TrimStart('?'));
                writer.WriteValue(id);
            }

            writer.WriteEndObject();
        }
    }

    /// <summary>Writes spans without the article id, which every span of one article repeats.</summary>
    private sealed class SourceSpanJsonConverter : JsonConverter<SourceSpan>
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
