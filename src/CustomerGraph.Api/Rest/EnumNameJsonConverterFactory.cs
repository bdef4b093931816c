using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerGraph.Customers.Common;

namespace CustomerGraph.Api.Rest;

/// <summary>Reads and writes enum values as <see cref="EnumNames"/> spells them (RENTAL_COMPANY), exactly.</summary>
public sealed class EnumNameJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(EnumNameConverter<>).MakeGenericType(typeToConvert))!;

    private sealed class EnumNameConverter<TEnum> : JsonConverter<TEnum>
        where TEnum : struct, Enum
    {
        public override TEnum Read(
            ref Utf8JsonReader reader,
            Type typeToConvert,
            JsonSerializerOptions options
        ) =>
            reader.TokenType == JsonTokenType.String
            && EnumNames.TryParse<TEnum>(reader.GetString()!, out var value)
                ? value
                : throw new JsonException($"Expected one of {string.Join(", ", EnumNames.All<TEnum>())}.");

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WriteStringValue(EnumNames.Of(value));
    }
}
