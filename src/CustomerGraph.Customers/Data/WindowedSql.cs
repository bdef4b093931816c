using System.Runtime.CompilerServices;
using System.Text;
using CustomerGraph.Customers.Common;

namespace CustomerGraph.Customers.Data;

/// <summary>
/// Builds "first N children per parent" queries in standard SQL that SQLite and PostgreSQL both run. The parent-key
/// <c>IN (...)</c> filter and the keyset bounds sit inside the windowed subquery, so the database reads only the
/// requested parents' rows through the (parent, sort key, id) index instead of numbering the whole table.
/// </summary>
internal sealed class WindowedSql(string table, string partitionColumn, string sortColumn)
{
    /// <summary>
    /// The statement for up to <c>page.Size + 1</c> rows per parent (the extra row reveals a further page), read
    /// ascending for forward pages and descending for backward ones. <paramref name="extraFilters"/> are further
    /// conditions on the table alias <c>t</c>, each given as SQL with <c>{0}</c>-style placeholders and its values.
    /// </summary>
    public FormattableString Build(
        Guid accountId,
        IReadOnlyCollection<Guid> parentIds,
        PageRequest page,
        CursorKey? after,
        CursorKey? before,
        Func<CursorKey, object> sortValueOf,
        params (string Sql, object[] Values)[] extraFilters
    )
    {
        var values = new List<object>();
        string Parameter(object value)
        {
            values.Add(value);
            return "{" + (values.Count - 1) + "}";
        }

        var where = new StringBuilder();
        where.Append($"t.\"AccountId\" = {Parameter(accountId)}");
        where.Append($" AND t.\"{partitionColumn}\" IN (");
        where.AppendJoin(", ", parentIds.Select(id => Parameter(id)));
        where.Append(')');
        if (after is { } afterKey)
            AppendBound(where, ">", Parameter(sortValueOf(afterKey)), Parameter(afterKey.Id));
        if (before is { } beforeKey)
            AppendBound(where, "<", Parameter(sortValueOf(beforeKey)), Parameter(beforeKey.Id));
        foreach (var (filterSql, filterValues) in extraFilters)
            where
                .Append(" AND (")
                .Append(
                    string.Format(null, filterSql, filterValues.Select(v => (object?)Parameter(v)).ToArray())
                )
                .Append(')');

        var direction = page.IsBackward ? "DESC" : "ASC";
        var sql = $"""
            SELECT * FROM (
                SELECT t.*, ROW_NUMBER() OVER (
                    PARTITION BY t."{partitionColumn}" ORDER BY t."{sortColumn}" {direction}, t."Id" {direction}
                ) AS "RowNumber"
                FROM "{table}" AS t
                WHERE {where}
            ) AS w
            WHERE w."RowNumber" <= {Parameter(page.Size + 1)}
            """;
        return FormattableStringFactory.Create(sql, values.ToArray());
    }

    private void AppendBound(StringBuilder where, string comparison, string sortValue, string id) =>
        where.Append(
            $" AND (t.\"{sortColumn}\" {comparison} {sortValue}"
                + $" OR (t.\"{sortColumn}\" = {sortValue} AND t.\"Id\" {comparison} {id}))"
        );

    /// <summary>Splits rows ordered by parent and then in list order into one page per requested parent.</summary>
    public static IReadOnlyDictionary<Guid, Page<T>> ToPages<T>(
        IReadOnlyCollection<Guid> parentIds,
        IEnumerable<T> rows,
        Func<T, Guid> parentOf,
        PageRequest page,
        Func<T, Cursor> cursorOf
    )
    {
        var groups = rows.GroupBy(parentOf).ToDictionary(group => group.Key, group => group.ToList());
        var pages = new Dictionary<Guid, Page<T>>(parentIds.Count);
        foreach (var parentId in parentIds)
        {
            var list = groups.TryGetValue(parentId, out var found) ? found : [];
            // Rows come back in list order; a backward page is built from reading order (last item first).
            if (page.IsBackward)
                list.Reverse();
            pages[parentId] = PageBuilder.Build(list, page, cursorOf);
        }
        return pages;
    }
}
