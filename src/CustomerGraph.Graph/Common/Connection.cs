using CustomerGraph.Customers.Common;
using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.Graph.Common;

/// <summary>A page of a list as the <c>…Connection</c> types expose it.</summary>
public sealed class Connection<T>(Page<T> page, Func<IResolverContext, Task<int>> count)
{
    /// <summary>The items with their cursors (the domain's edges, exposed as <c>…Edge</c>).</summary>
    public IReadOnlyList<PageEdge<T>> Edges => page.Edges;

    public IReadOnlyList<T> Nodes { get; } = [.. page.Nodes];

    public PageInfo PageInfo { get; } =
        new(page.HasPreviousPage, page.HasNextPage, page.StartCursor, page.EndCursor, count);
}

/// <summary>
/// Where a page sits. <see cref="CountAsync"/> runs only when <c>count</c> is selected; nested lists count through a
/// DataLoader, so a level costs one counting statement whatever the number of parents.
/// </summary>
public sealed record PageInfo(
    bool HasPreviousPage,
    bool HasNextPage,
    Cursor? StartCursor,
    Cursor? EndCursor,
    Func<IResolverContext, Task<int>> CountAsync
);

/// <summary>The <c>first</c>/<c>after</c>/<c>last</c>/<c>before</c> arguments of a list field.</summary>
public static class PagingArguments
{
    /// <summary>
    /// The page arguments as the domain takes them. <c>first</c> has an SDL default of 20, which must not count as
    /// given when the client reads backwards with <c>last</c> alone.
    /// </summary>
    public static PageRequest Read(IResolverContext context)
    {
        var last = context.Argument<int?>("last");
        var first = context.Argument<int?>("first");
        if (last is not null && !FirstWasWritten(context))
            first = null;
        return new PageRequest(
            first,
            context.Arguments.GetValueOrDefault("after") as Cursor,
            last,
            context.Arguments.GetValueOrDefault("before") as Cursor
        );
    }

    // The default applies unless the document (or a variable) gave `first`; a variable left out also falls back.
    private static bool FirstWasWritten(IResolverContext context) =>
        context.Selection.Arguments.Any(argument => argument.Name.Value == "first");
}

/// <summary>Turns a domain failure of a read into the GraphQL error a client sees.</summary>
public static class ReadFailures
{
    /// <summary>The value of a successful read; otherwise a BAD_USER_INPUT error naming every bad argument.</summary>
    public static T ValueOrThrow<T>(Result<T> result)
    {
        if (result.Succeeded)
            return result.Value!;
        var fields = result.Errors.OfType<ValidationError>().Select(error => (object?)error.Field).ToList();
        throw new GraphQLException(
            string.Join(" ", result.Errors.Select(error => error.Message)),
            GraphQL.Execution.ErrorCodes.BadUserInput,
            new Dictionary<string, object?>
            {
                ["fields"] = fields,
                ["codes"] = result.Errors.OfType<ValidationError>().Select(e => (object?)e.Code).ToList(),
            }
        );
    }
}
