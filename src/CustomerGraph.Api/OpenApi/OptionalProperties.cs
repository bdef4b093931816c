using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using CustomerGraph.Customers.Common;

namespace CustomerGraph.Api.OpenApi;

/// <summary>
/// Shows a merge patch field (<see cref="Optional{T}"/>) as the value it carries, nullable, in the API description
/// and in examples, and leaves an omitted one out of an example: the document describes the body, not the wrapper.
/// </summary>
internal static class OptionalProperties
{
    /// <summary>A type-info modifier replacing every <see cref="Optional{T}"/> property by one of its <c>T</c>.</summary>
    public static void Unwrap(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
            return;
        for (var index = 0; index < info.Properties.Count; index++)
        {
            var optional = info.Properties[index];
            var type = optional.PropertyType;
            if (
                !type.IsGenericType
                || type.GetGenericTypeDefinition() != typeof(Optional<>)
                || optional.Get is not { } get
            )
                continue;
            var valueType = type.GetGenericArguments()[0];
            var hasValue = type.GetProperty(nameof(Optional<>.HasValue))!;
            var value = type.GetProperty(nameof(Optional<>.Value))!;
            var unwrapped = info.CreateJsonPropertyInfo(valueType, optional.Name);
            unwrapped.AttributeProvider = optional.AttributeProvider;
            // The serializer reads a property before asking whether to write it: an omitted non-nullable value
            // (Optional<bool>) must still read as a value of its type.
            var omitted = valueType.IsValueType ? Activator.CreateInstance(valueType) : null;
            unwrapped.Get = owner =>
                get(owner) is { } field && (bool)hasValue.GetValue(field)! ? value.GetValue(field) : omitted;
            unwrapped.ShouldSerialize = (owner, _) =>
                get(owner) is { } field && (bool)hasValue.GetValue(field)!;
            // Null is a value a merge patch sends: it clears the field.
            if (!valueType.IsValueType || Nullable.GetUnderlyingType(valueType) is not null)
                unwrapped.IsGetNullable = unwrapped.IsSetNullable = true;
            info.Properties[index] = unwrapped;
        }
    }
}
