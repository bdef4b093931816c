using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CustomerGraph.GraphQL;

/// <summary>Renders runtime values in messages the way graphql-js's <c>inspect</c> does: <c>{ a: [1, "x"] }</c>.</summary>
public static class Inspector
{
    private const int MaxArrayLength = 10;
    private const int MaxDepth = 2;

    public static string Inspect(object? value)
    {
        var builder = new StringBuilder();
        Write(builder, value, 0);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string s:
                builder.Append(JsonSerializer.Serialize(s));
                break;
            case bool b:
                builder.Append(b ? "true" : "false");
                break;
            case double d:
                builder.Append(FormatNumber(d));
                break;
            case float f:
                builder.Append(FormatNumber(f));
                break;
            case IFormattable number when value is int or long or short or byte or decimal or uint or ulong:
                builder.Append(number.ToString(null, CultureInfo.InvariantCulture));
                break;
            case JsonElement element:
                Write(builder, Execution.InputCoercion.FromJson(element), depth);
                break;
            case IDictionary<string, object?> dictionary:
                if (dictionary.Count == 0)
                {
                    builder.Append("{}");
                    break;
                }
                if (depth > MaxDepth)
                {
                    builder.Append("[Object]");
                    break;
                }
                builder.Append("{ ");
                var first = true;
                foreach (var (key, item) in dictionary)
                {
                    if (!first)
                        builder.Append(", ");
                    first = false;
                    builder.Append(key).Append(": ");
                    Write(builder, item, depth + 1);
                }
                builder.Append(" }");
                break;
            case IList list:
                if (list.Count == 0)
                {
                    builder.Append("[]");
                    break;
                }
                if (depth > MaxDepth)
                {
                    builder.Append("[Array]");
                    break;
                }
                builder.Append('[');
                var shown = Math.Min(MaxArrayLength, list.Count);
                for (var i = 0; i < shown; i++)
                {
                    if (i > 0)
                        builder.Append(", ");
                    Write(builder, list[i], depth + 1);
                }
                var remaining = list.Count - shown;
                if (remaining == 1)
                    builder.Append(", ... 1 more item");
                else if (remaining > 1)
                    builder.Append(", ... ").Append(remaining).Append(" more items");
                builder.Append(']');
                break;
            default:
                builder.Append(value.ToString());
                break;
        }
    }

    private static string FormatNumber(double d) =>
        double.IsNaN(d) ? "NaN"
        : double.IsPositiveInfinity(d) ? "Infinity"
        : double.IsNegativeInfinity(d) ? "-Infinity"
        : d.ToString("R", CultureInfo.InvariantCulture);
}
