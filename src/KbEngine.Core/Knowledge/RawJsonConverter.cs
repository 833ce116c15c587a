using Newtonsoft.Json;

namespace KbEngine.Core.Knowledge;

/// <summary>Writes a string that holds JSON as the JSON itself, so a pattern reads as an object, not an escaped string.</summary>
internal sealed class RawJsonConverter : JsonConverter<string>
{
    public override string? ReadJson(JsonReader reader, Type objectType, string? existingValue, bool hasExistingValue, JsonSerializer serializer) =>
        Newtonsoft.Json.Linq.JToken.ReadFrom(reader).ToString(Formatting.None);

    public override void WriteJson(JsonWriter writer, string? value, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRawValue(value ?? "null");
    }
}
