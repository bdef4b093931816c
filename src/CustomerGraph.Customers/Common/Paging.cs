namespace CustomerGraph.Customers.Common;

/// <summary>Relay-style page arguments: <c>first</c>/<c>after</c> read forwards, <c>last</c>/<c>before</c> backwards.</summary>
public sealed record PageRequest(
    int? First = null,
    Cursor? After = null,
    int? Last = null,
    Cursor? Before = null
)
{
    /// <summary>True when the page is read from the end (<c>last</c> given).</summary>
    public bool IsBackward => Last is not null;

    /// <summary>The number of items asked for.</summary>
    public int Size => Last ?? First ?? PageSizes.Default;

    /// <summary>Reports impossible combinations and sizes; cursor contents are checked by the list they belong to.</summary>
    internal void Validate(Validator validator)
    {
        if (First is not null && Last is not null)
            validator.Add(
                "first",
                DomainErrorCodes.InvalidPagingArguments,
                "first and last cannot be used together."
            );
        CheckSize(validator, "first", First);
        CheckSize(validator, "last", Last);
    }

    /// <summary>Decodes <c>after</c> and <c>before</c> for a list ordered by <paramref name="kind"/>.</summary>
    internal (CursorKey? After, CursorKey? Before) DecodeCursors(Validator validator, char kind) =>
        (Decode(validator, "after", After, kind), Decode(validator, "before", Before, kind));

    private static CursorKey? Decode(Validator validator, string field, Cursor? cursor, char kind)
    {
        if (cursor is null)
            return null;
        if (CursorKey.TryDecode(cursor, kind, out var key))
            return key;
        validator.Add(field, DomainErrorCodes.InvalidCursor, $"{field} is not a cursor of this list.");
        return null;
    }

    private static void CheckSize(Validator validator, string field, int? size)
    {
        if (size is < 0 or > PageSizes.Max)
            validator.Add(
                field,
                DomainErrorCodes.InvalidPageSize,
                $"{field} must be between 0 and {PageSizes.Max}."
            );
    }
}

/// <summary>One item of a page and the cursor that points at it.</summary>
public sealed record PageEdge<T>(T Node, Cursor Cursor);

/// <summary>A page of a keyset-paginated list.</summary>
public sealed record Page<T>(IReadOnlyList<PageEdge<T>> Edges, bool HasPreviousPage, bool HasNextPage)
{
    /// <summary>A page with no items and nothing around it.</summary>
    public static Page<T> Empty { get; } = new([], false, false);

    /// <summary>The items in list order.</summary>
    public IEnumerable<T> Nodes => Edges.Select(edge => edge.Node);

    /// <summary>The cursor of the first item, or null for an empty page.</summary>
    public Cursor? StartCursor => Edges.Count == 0 ? null : Edges[0].Cursor;

    /// <summary>The cursor of the last item, or null for an empty page.</summary>
    public Cursor? EndCursor => Edges.Count == 0 ? null : Edges[^1].Cursor;
}

/// <summary>Builds pages from rows fetched in reading direction with one extra row that tells whether more exist.</summary>
internal static class PageBuilder
{
    /// <summary>
    /// <paramref name="rows"/> holds up to <c>Size + 1</c> rows in reading order (reversed for backward pages).
    /// The extra row only says there is more in the reading direction; the opposite flag is true when a cursor
    /// bounded that side, which keyset pagination knows without another query.
    /// </summary>
    public static Page<T> Build<T>(List<T> rows, PageRequest request, Func<T, Cursor> cursorOf)
    {
        var size = request.Size;
        var hasMore = rows.Count > size;
        if (hasMore)
            rows.RemoveRange(size, rows.Count - size);
        if (request.IsBackward)
            rows.Reverse();
        var edges = rows.Select(row => new PageEdge<T>(row, cursorOf(row))).ToList();
        return request.IsBackward
            ? new Page<T>(edges, HasPreviousPage: hasMore, HasNextPage: request.Before is not null)
            : new Page<T>(edges, HasPreviousPage: request.After is not null, HasNextPage: hasMore);
    }
}

/// <summary>A numbered (offset) page: <paramref name="Number"/> is 0-based, <paramref name="TotalElements"/> counts every match.</summary>
public sealed record NumberedPage<T>(IReadOnlyList<T> Content, int Number, int Size, int TotalElements)
{
    /// <summary>The number of pages of <see cref="Size"/> items the matches fill.</summary>
    public int TotalPages => (int)(((long)TotalElements + Size - 1) / Size);
}

/// <summary>The rules numbered pages share, whatever list they page.</summary>
internal static class NumberedPages
{
    /// <summary>Reports a negative page number and a size outside 1 to <see cref="PageSizes.Max"/>.</summary>
    public static void Validate(int page, int size, Validator validator)
    {
        if (page < 0)
            validator.Add("page", DomainErrorCodes.OutOfRange, "page must be 0 or greater.");
        if (size is < 1 or > PageSizes.Max)
            validator.Add(
                "size",
                DomainErrorCodes.InvalidPageSize,
                $"size must be between 1 and {PageSizes.Max}."
            );
    }

    /// <summary>The rows before page <paramref name="page"/>, capped so a huge page number cannot overflow.</summary>
    public static int Offset(int page, int size) => (int)Math.Min((long)page * size, int.MaxValue);
}
