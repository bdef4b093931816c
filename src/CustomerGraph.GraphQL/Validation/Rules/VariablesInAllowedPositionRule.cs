// Each variable is used only where its type fits: the same or a more specific type, or a nullable variable
// with a non-null default (or a position with a default) where non-null is expected; and never nullable
// inside a @oneOf input object. Spec 5.8.5 All Variable Usages Are Allowed.
using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Validation.Rules;

/// <summary>Reports variable usages whose declared type does not fit the position they are used in.</summary>
public sealed class VariablesInAllowedPositionRule : ValidationRule
{
    public override void LeaveOperationDefinition(OperationDefinitionNode node)
    {
        Dictionary<string, (VariableDefinitionNode Definition, GraphQLType? Type)>? declared = null;
        foreach (var usage in Context.GetRecursiveVariableUsages(node))
        {
            if (usage.Type is not { } locationType)
                continue;
            declared ??= DeclaredVariables(node);
            var name = usage.Node.Name.Value;
            if (!declared.TryGetValue(name, out var variable) || variable.Type is not { } variableType)
                continue;
            var definition = variable.Definition;
            if (
                !IsAllowed(variableType, definition.DefaultValue, locationType, usage.HasLocationDefaultValue)
            )
                Report(
                    $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                    definition,
                    usage.Node
                );
            // The spec's own counter-example passes the @oneOf object to a non-null argument, so the parent
            // type is looked at without its non-null wrapper (graphql-js 17.1 misses that case).
            if (
                usage.ParentType?.Nullable is InputObjectType { IsOneOf: true } oneOf
                && variableType is not NonNullType
            )
                Report(
                    $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf}\".",
                    definition,
                    usage.Node
                );
        }
    }

    /// <summary>The operation's variables with their schema types (null when unknown); of a name defined twice, the last.</summary>
    private Dictionary<string, (VariableDefinitionNode, GraphQLType?)> DeclaredVariables(
        OperationDefinitionNode node
    )
    {
        var declared = new Dictionary<string, (VariableDefinitionNode, GraphQLType?)>(StringComparer.Ordinal);
        foreach (var definition in node.VariableDefinitions)
            declared[definition.Variable.Name.Value] = (definition, Schema.TypeFromAst(definition.Type));
        return declared;
    }

    private bool IsAllowed(
        GraphQLType variableType,
        ValueNode? variableDefaultValue,
        GraphQLType locationType,
        bool hasLocationDefaultValue
    )
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefaultValue is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && !hasLocationDefaultValue)
                return false;
            return TypeComparators.IsTypeSubTypeOf(Schema, variableType, nonNullLocation.OfType);
        }
        return TypeComparators.IsTypeSubTypeOf(Schema, variableType, locationType);
    }
}
