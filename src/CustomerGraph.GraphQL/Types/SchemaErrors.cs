using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Types;

/// <summary>Builds the <see cref="GraphQLError"/>s a schema build reports, located at the syntax nodes involved.</summary>
internal static class SchemaErrors
{
    /// <summary>An error at the given nodes (nulls and nodes without a source position are skipped).</summary>
    public static GraphQLError Create(string rule, string message, params ReadOnlySpan<SyntaxNode?> nodes)
    {
        List<SourceLocation>? locations = null;
        foreach (var node in nodes)
        {
            if (node is null || node.Location.Line == 0)
                continue;
            (locations ??= []).Add(new SourceLocation(node.Location.Line, node.Location.Column));
        }
        return new GraphQLError(message, locations) { Rule = rule };
    }

    public static GraphQLError Create(string rule, string message, IEnumerable<SyntaxNode?> nodes) =>
        Create(rule, message, nodes.ToArray().AsSpan());
}
