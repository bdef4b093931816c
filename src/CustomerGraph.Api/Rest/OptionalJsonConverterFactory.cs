using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CustomerGraph.Customers.Common;

namespace CustomerGraph.Api.Rest;

/// <summary>
/// Reads a merge patch field into the domain's <see cref="Optional{T}"/>: a member the body leaves out is never
/// read, so it stays <see cref="Optional{T}.Omitted"/>; a member given, even as null, is <see cref="Optional{T}.Of"/>.
/// </summary>
public sealed class OptionalJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Optional<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)
            Activator.CreateInstance(
                typeof(OptionalConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0])
            )!;

    private sealed class OptionalConverter<T> : JsonConverter<Optional<T>>
    {
        // A null member is a value given (it clears), so it must reach Read.
        public override bool HandleNull => true;

        public override Optional<T> Read(
            ref Utf8JsonReader reader,
            Type typeToConvert,
            JsonSerializerOptions options
        ) =>
            Optional<T>.Of(
                JsonSerializer.Deserialize(ref reader, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)))!
            );

        public override void Write(Utf8JsonWriter writer, Optional<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(
                writer,
                value.GetValueOrDefault(default!),
                (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T))
            );
    }
}
