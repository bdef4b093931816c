using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CustomerGraph.Customers.Common;

namespace CustomerGraph.Api.Rest;

/// <summary>
/// Checks a body against the request record it is read into, by the record's serializer metadata, and names every
/// member of the wrong JSON type (with its path, e.g. <c>assign[0].assetId</c>) instead of failing at the first: a
/// string, true or false, a number (a whole one for an int), an enum value as <see cref="EnumNames"/> spells it, a
/// UUID, an object, an array, an object of strings, an object of custom field values, any JSON for a JSON value. A value-typed member (a UUID, an enum) may not be absent or null; in a merge patch it may be absent.
/// </summary>
public static class RestBodyShape
{
    /// <summary>The violations of <paramref name="body"/> as a <paramref name="type"/>, in the record's member order.</summary>
    public static List<RestViolation> Violations(JsonElement body, JsonTypeInfo type)
    {
        var violations = new List<RestViolation>();
        CheckObject(body, type, "", violations);
        return violations;
    }

    private static void CheckObject(
        JsonElement json,
        JsonTypeInfo type,
        string prefix,
        List<RestViolation> violations
    )
    {
        foreach (var property in type.Properties)
        {
            var field = prefix + property.Name;
            var valueType = OptionalValueType(property.PropertyType) ?? property.PropertyType;
            var present = json.TryGetProperty(property.Name, out var value);
            if (!present || value.ValueKind == JsonValueKind.Null)
            {
                // An absent merge-patch member (Optional) stays as it is; only a given null is refused.
                var omittable = !present && OptionalValueType(property.PropertyType) is not null;
                if (!omittable && valueType.IsValueType && Nullable.GetUnderlyingType(valueType) is null)
                    violations.Add(RestViolation.Rejected(field, "null", "must not be null"));
                continue;
            }
            Check(value, Nullable.GetUnderlyingType(valueType) ?? valueType, field, type.Options, violations);
        }
    }

    private static void Check(
        JsonElement value,
        Type type,
        string field,
        JsonSerializerOptions options,
        List<RestViolation> violations
    )
    {
        var rule = RuleBroken(value, type);
        if (rule is not null)
        {
            violations.Add(RestViolation.Rejected(field, Text(value), rule));
            return;
        }
        if (
            type == typeof(string)
            || type == typeof(bool)
            || type == typeof(Guid)
            || type.IsEnum
            || type == typeof(int)
            || type == typeof(decimal)
            || type == typeof(JsonElement)
            || IsCustomFields(type)
        )
            return;
        var info = options.GetTypeInfo(type);
        if (info.Kind == JsonTypeInfoKind.Object)
            CheckObject(value, info, field + ".", violations);
        else if (info.Kind == JsonTypeInfoKind.Enumerable)
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
                Check(item, info.ElementType!, $"{field}[{index++}]", options, violations);
        }
        else if (info.Kind == JsonTypeInfoKind.Dictionary)
            foreach (var member in value.EnumerateObject())
                Check(member.Value, info.ElementType!, $"{field}.{member.Name}", options, violations);
    }

    // The rule a value breaks for its member's type, or null. Items of a list are checked like members, null included.
    private static string? RuleBroken(JsonElement value, Type type)
    {
        if (type == typeof(string))
            return value.ValueKind == JsonValueKind.String ? null : "must be a string";
        if (type == typeof(bool))
            return value.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? null
                : "must be true or false";
        if (type == typeof(Guid))
            return
                value.ValueKind == JsonValueKind.String && Guid.TryParseExact(value.GetString(), "D", out _)
                ? null
                : "must be a UUID";
        if (type == typeof(JsonElement))
            return null;
        if (type == typeof(int))
            return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _)
                ? null
                : "must be a whole number";
        if (type == typeof(decimal))
            return value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out _)
                ? null
                : "must be a number";
        if (type.IsEnum)
        {
            if (value.ValueKind != JsonValueKind.String)
                return "must be a string";
            return EnumNames.TryParse(type, value.GetString()!, out _)
                ? null
                : $"must be one of {string.Join(", ", EnumNames.All(type))}";
        }
        if (IsCustomFields(type))
            return value.ValueKind == JsonValueKind.Object
                ? null
                : "must be an object of values by custom field key";
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            return value.ValueKind == JsonValueKind.Array ? null : "must be an array";
        return value.ValueKind == JsonValueKind.Object ? null : "must be an object";
    }

    private static bool IsCustomFields(Type type) => type == typeof(IReadOnlyDictionary<string, JsonElement>);

    private static Type? OptionalValueType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Optional<>)
            ? type.GetGenericArguments()[0]
            : null;

    private static string? Text(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
}
