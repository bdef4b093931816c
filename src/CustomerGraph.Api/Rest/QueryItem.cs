using System.Globalization;
using CustomerGraph.Customers.Common;

namespace CustomerGraph.Api.Rest;

/// <summary>How one query parameter value (or one item of a comma-separated list) is read, by its type.</summary>
public static class QueryItem
{
    /// <summary>
    /// Reads <paramref name="text"/> as a <paramref name="type"/>: a whole number, an ISO 8601 date-time (UTC when it
    /// has no offset), a UUID, an enum value as <see cref="EnumNames"/> spells it, or text. False with the
    /// <paramref name="rule"/> it breaks otherwise.
    /// </summary>
    public static bool TryParse(Type type, string text, out object? value, out string rule)
    {
        rule = "";
        value = null;
        if (type == typeof(string))
            value = text;
        else if (type == typeof(int))
        {
            if (
                int.TryParse(
                    text,
                    NumberStyles.AllowLeadingSign,
                    CultureInfo.InvariantCulture,
                    out var number
                )
            )
                value = number;
            else
                rule = "must be a whole number";
        }
        else if (type == typeof(DateTimeOffset))
        {
            if (
                DateTimeOffset.TryParse(
                    text,
                    CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal,
                    out var time
                )
            )
                value = time;
            else
                rule = "must be an ISO 8601 date-time like 2026-01-31T12:00:00Z";
        }
        else if (type == typeof(Guid))
        {
            if (Guid.TryParseExact(text, "D", out var id))
                value = id;
            else
                rule = "must be a UUID";
        }
        else if (type.IsEnum)
        {
            if (!EnumNames.TryParse(type, text, out value))
                rule = $"must be one of {string.Join(", ", EnumNames.All(type))}";
        }
        else
            throw new NotSupportedException($"A query parameter cannot be a {type.Name}.");
        return rule.Length == 0;
    }
}
