using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Execution;

namespace CustomerGraph.Graph.Common;

/// <summary>Reads entity ids (the <c>customerId</c>-style ids of REST paths) given as <c>ID</c> arguments.</summary>
public static class EntityIds
{
    /// <summary>Parses an entity id; false for text that cannot name any entity.</summary>
    public static bool TryParse(string? text, out Guid id) => Guid.TryParseExact(text?.Trim(), "D", out id);

    /// <summary>Parses an entity id where a malformed one is the client's mistake: a BAD_USER_INPUT error.</summary>
    public static Guid Require(string? text, string argumentPath) =>
        TryParse(text, out var id)
            ? id
            : throw new GraphQLException(
                $"{argumentPath} is not an entity id: expected a UUID like \"0d9c4b3e-5a7f-4c21-9e80-6b1f2d3a4c5e\", got \"{text}\".",
                ErrorCodes.BadUserInput,
                new Dictionary<string, object?> { ["field"] = argumentPath }
            );
}
