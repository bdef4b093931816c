// Every operation's type (query, mutation, subscription) has a root operation type in the schema.
// Spec 5.2.1.1 Operation Type Existence.
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Validation.Rules;

/// <summary>Reports operations whose root operation type the schema does not define.</summary>
public sealed class KnownOperationTypesRule : ValidationRule
{
    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (Schema.GetRootType(node.Operation) is null)
            Report($"The {OperationName(node.Operation)} operation is not supported by the schema.", node);
    }

    internal static string OperationName(OperationType operation) =>
        operation switch
        {
            OperationType.Query => "query",
            OperationType.Mutation => "mutation",
            _ => "subscription",
        };
}
