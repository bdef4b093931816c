using CustomerGraph.Customers.Common;
using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Federation;

namespace CustomerGraph.Graph.Common;

/// <summary>The <c>NotFoundError</c> object: the id as the client wrote it, which may not even parse.</summary>
public sealed record NotFound(string Message, string Field, string Id);

/// <summary>
/// Maps the domain's expected failures to the payload <c>errors</c> objects (NotFoundError, ValidationError,
/// ConflictError), renaming the domain's field paths to the paths of the mutation's input. A missing scope is no
/// payload error but the field error <c>FORBIDDEN</c>, as the <c>@requiresScopes</c> guard answers it.
/// </summary>
public static class MutationErrors
{
    /// <summary>The payload errors for <paramref name="errors"/>, each field path passed through <paramref name="inputPath"/>.</summary>
    public static IReadOnlyList<object> Map(IReadOnlyList<DomainError> errors, Func<string, string> inputPath)
    {
        if (errors.OfType<ForbiddenError>().FirstOrDefault() is { } forbidden)
            throw new GraphQLException(
                forbidden.Message,
                RequiresScopes.ErrorCode,
                new Dictionary<string, object?> { ["missingScopes"] = new[] { forbidden.Scope } }
            );
        return
        [
            .. errors.Select(error =>
                error switch
                {
                    NotFoundError notFound => new NotFound(
                        notFound.Message,
                        inputPath(notFound.Field),
                        notFound.Id.ToString("D")
                    ),
                    ValidationError validation => validation with { Field = inputPath(validation.Field) },
                    ConflictError conflict => conflict with { Field = inputPath(conflict.Field) },
                    _ => (object)error,
                }
            ),
        ];
    }

    /// <summary>The payload error for an id argument that names no entity at all (not even a valid id).</summary>
    public static IReadOnlyList<object> MalformedId(string entityType, string field, string? id) =>
        [new NotFound($"{entityType} '{id}' was not found.", field, id ?? "")];

    /// <summary>
    /// The usual renames of update and delete mutations: the domain names the entity's id <c>id</c> and a stale
    /// version <c>version</c>; the inputs call them <paramref name="idField"/> and <c>expectedVersion</c>.
    /// </summary>
    public static Func<string, string> IdAndVersion(string idField) =>
        field =>
            field switch
            {
                "id" => idField,
                "version" => "expectedVersion",
                _ => field,
            };

    /// <summary>Field paths that are the same in the domain and the input.</summary>
    public static string Same(string field) => field;
}
