// Every variable an operation uses, directly or in the fragments it spreads, is defined by that operation.
// Spec 5.8.3 All Variable Uses Defined.
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Validation.Rules;

/// <summary>Reports each use of a variable the operation does not declare.</summary>
public sealed class NoUndefinedVariablesRule : ValidationRule
{
    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in node.VariableDefinitions)
            defined.Add(definition.Variable.Name.Value);
        foreach (var usage in Context.GetRecursiveVariableUsages(node))
        {
            var name = usage.Node.Name.Value;
            if (defined.Contains(name))
                continue;
            Report(
                node.Name is { } operationName
                    ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                    : $"Variable \"${name}\" is not defined.",
                usage.Node,
                node
            );
        }
    }
}
