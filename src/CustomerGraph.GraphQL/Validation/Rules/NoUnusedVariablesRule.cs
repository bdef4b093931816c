// Every variable an operation defines is used by it, directly or in the fragments it spreads.
// Spec 5.8.4 All Variables Used.
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Validation.Rules;

/// <summary>Reports variable definitions the operation never uses.</summary>
public sealed class NoUnusedVariablesRule : ValidationRule
{
    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.VariableDefinitions.Count == 0)
            return;
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var usage in Context.GetRecursiveVariableUsages(node))
            used.Add(usage.Node.Name.Value);
        foreach (var definition in node.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            if (used.Contains(name))
                continue;
            Report(
                node.Name is { } operationName
                    ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                    : $"Variable \"${name}\" is never used.",
                definition
            );
        }
    }
}
