using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace CustomerGraph.Customers.Common;

/// <summary>An opaque position in a keyset-paginated list: the sort key and the id of one row, base64url-encoded.</summary>
public sealed record Cursor(string Value)
{
    public override string ToString() => Value;
}

/// <summary>What a cursor encodes: which sort key it belongs to, the key's value and the row id that breaks ties.</summary>
internal readonly record struct CursorKey(char Kind, string SortValue, Guid Id)
{
    /// <summary>Cursor kind of a name-ordered list.</summary>
    public const char Name = 'n';

    /// <summary>Cursor kind of a creation-time-ordered list.</summary>
    public const char CreatedAt = 'c';

    /// <summary>Cursor kind of an update-time-ordered list.</summary>
    public const char UpdatedAt = 'u';

    /// <summary>Cursor kind of an assignment-time-ordered list.</summary>
    public const char AssignedAt = 'a';

    public static Cursor ForText(char kind, string sortValue, Guid id) => Encode(kind, sortValue, id);

    public static Cursor ForTime(char kind, DateTime sortValue, Guid id) =>
        Encode(kind, sortValue.Ticks.ToString(CultureInfo.InvariantCulture), id);

    /// <summary>The sort value read as UTC time; only valid for time-ordered kinds.</summary>
    public DateTime Time => new(long.Parse(SortValue, CultureInfo.InvariantCulture), DateTimeKind.Utc);

    /// <summary>Decodes <paramref name="cursor"/>, accepting it only if it was made for a list of <paramref name="kind"/>.</summary>
    public static bool TryDecode(Cursor cursor, char kind, out CursorKey key)
    {
        key = default;
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor.Value));
        }
        catch (FormatException)
        {
            return false;
        }
        // Layout: kind '|' id '|' sort value (last, so it may itself contain '|').
        if (text.Length < 40 || text[0] != kind || text[1] != '|' || text[38] != '|')
            return false;
        if (!Guid.TryParseExact(text.AsSpan(2, 36), "D", out var id))
            return false;
        var sortValue = text[39..];
        if (kind != Name && !IsTicks(sortValue))
            return false;
        key = new CursorKey(kind, sortValue, id);
        return true;
    }

    private static bool IsTicks(string value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
        && ticks <= DateTime.MaxValue.Ticks;

    private static Cursor Encode(char kind, string sortValue, Guid id) =>
        new(Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{kind}|{id:D}|{sortValue}")));
}
