// An operation declares each variable name at most once.
// Spec 5.8.1 Variable Uniqueness.
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Validation.Rules;

/// <summary>Reports, once per name, variables an operation declares more than once.</summary>
public sealed class UniqueVariableNamesRule : ValidationRule
{
    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        var definitions = node.VariableDefinitions;
        if (definitions.Count < 2)
            return;
        foreach (
            var group in definitions.GroupBy(
                definition => definition.Variable.Name.Value,
                StringComparer.Ordinal
            )
        )
        {
            if (group.Count() > 1)
                Report(
                    $"There can be only one variable named \"${group.Key}\".",
                    [.. group.Select(definition => definition.Variable.Name)]
                );
        }
    }
}
