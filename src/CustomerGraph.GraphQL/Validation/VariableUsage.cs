using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Validation;

/// <summary>
/// One use of a variable as a value: the input type expected where it is used (null when unknown),
/// the list or input object type around that position, and whether the position has a default value.
/// </summary>
public readonly record struct VariableUsage(
    VariableNode Node,
    GraphQLType? Type,
    GraphQLType? ParentType,
    bool HasLocationDefaultValue
);

/// <summary>Collects the variable usages of one operation or fragment, skipping variable definitions.</summary>
internal sealed class VariableUsageCollector(TypeInfo typeInfo) : ValidationVisitor
{
    public List<VariableUsage> Usages { get; } = [];

    public override void EnterVariable(VariableNode node) =>
        Usages.Add(
            new VariableUsage(node, typeInfo.InputType, typeInfo.ParentInputType, typeInfo.HasDefaultValue)
        );
}
