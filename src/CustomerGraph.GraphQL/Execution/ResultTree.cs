using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace CustomerGraph.GraphQL.Execution;

/// <summary>
/// A node of the response being built. Children know their parent and slot so that a null in a
/// non-null position can be propagated upwards (spec 6.4.4) without keeping paths on the hot path.
/// </summary>
internal abstract class ResultNode(ResultNode? parent, int indexInParent)
{
    public ResultNode? Parent { get; } = parent;
    public int IndexInParent { get; } = indexInParent;

    /// <summary>Set when a null propagated through this node: it is null in the response.</summary>
    public bool IsNulled { get; set; }

    public abstract bool IsNonNullSlot(int index);
    public abstract void SetNull(int index);
    public abstract object PathSegment(int index);

    /// <summary>True when this node or an ancestor has been nulled: work under it is moot.</summary>
    public bool IsDiscarded
    {
        get
        {
            for (var node = this; node is not null; node = node.Parent)
                if (node.IsNulled)
                    return true;
            return false;
        }
    }

    /// <summary>The response path of slot <paramref name="index"/> of this node.</summary>
    public List<object> PathOf(int index)
    {
        var path = new List<object> { PathSegment(index) };
        for (var node = this; node.Parent is { } parent; node = parent)
            path.Add(parent.PathSegment(node.IndexInParent));
        path.Reverse();
        return path;
    }
}

/// <summary>An object in the response: values in the order of its plan's response names.</summary>
internal sealed class ResultObject(SelectionPlan plan, ResultNode? parent, int indexInParent)
    : ResultNode(parent, indexInParent)
{
    public SelectionPlan Plan { get; } = plan;
    public object?[] Values { get; } = new object?[plan.Fields.Length];

    public override bool IsNonNullSlot(int index) => Plan.Fields[index].Field.Type is Types.NonNullType;

    public override void SetNull(int index) => Values[index] = null;

    public override object PathSegment(int index) => Plan.ResponseNames[index];
}

/// <summary>A list in the response.</summary>
internal sealed class ResultList(int count, bool itemsNonNull, ResultNode parent, int indexInParent)
    : ResultNode(parent, indexInParent)
{
    public object?[] Items { get; } = count == 0 ? [] : new object?[count];
    public bool ItemsNonNull { get; } = itemsNonNull;

    public override bool IsNonNullSlot(int index) => ItemsNonNull;

    public override void SetNull(int index) => Items[index] = null;

    public override object PathSegment(int index) => index;
}

/// <summary>Writes completed values as JSON, straight to UTF-8.</summary>
internal static class ResultWriter
{
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case ResultObject obj:
                if (obj.IsNulled)
                {
                    writer.WriteNullValue();
                    break;
                }
                writer.WriteStartObject();
                var names = obj.Plan.ResponseNames;
                for (var i = 0; i < names.Length; i++)
                {
                    writer.WritePropertyName(names[i]);
                    WriteValue(writer, obj.Values[i]);
                }
                writer.WriteEndObject();
                break;
            case ResultList list:
                if (list.IsNulled)
                {
                    writer.WriteNullValue();
                    break;
                }
                writer.WriteStartArray();
                foreach (var item in list.Items)
                    WriteValue(writer, item);
                writer.WriteEndArray();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                WriteDouble(writer, d);
                break;
            case float f:
                WriteDouble(writer, f);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case short or byte or sbyte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong u:
                writer.WriteNumberValue(u);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case IDictionary<string, object?> dictionary:
                writer.WriteStartObject();
                foreach (var (key, item) in dictionary)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable sequence:
                writer.WriteStartArray();
                foreach (var item in sequence)
                    WriteValue(writer, item);
                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    // JSON has no NaN or infinities; Float serialization rejects them before they get here.
    private static void WriteDouble(Utf8JsonWriter writer, double d)
    {
        if (d == Math.Floor(d) && Math.Abs(d) < 1e15)
            writer.WriteNumberValue((long)d);
        else
            writer.WriteNumberValue(d);
    }
}
