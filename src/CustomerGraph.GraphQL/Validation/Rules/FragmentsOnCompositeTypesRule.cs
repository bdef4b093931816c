// Fragments can only be declared on object, interface or union types.
// Spec 5.5.1.3 Fragments on Object, Interface or Union Types.
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Validation.Rules;

/// <summary>Reports fragment definitions and inline fragments whose type condition is a scalar, enum or input type.</summary>
public sealed class FragmentsOnCompositeTypesRule : ValidationRule
{
    public override void EnterInlineFragment(InlineFragmentNode node)
    {
        if (node.TypeCondition is { } typeCondition && IsNonCompositeType(typeCondition))
            Report(
                $"Fragment cannot condition on non composite type \"{Printer.Print(typeCondition)}\".",
                typeCondition
            );
    }

    public override void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        if (IsNonCompositeType(node.TypeCondition))
            Report(
                $"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{Printer.Print(node.TypeCondition)}\".",
                node.TypeCondition
            );
    }

    private bool IsNonCompositeType(NamedTypeNode typeCondition) =>
        Schema.GetType(typeCondition.Name.Value) is { IsCompositeType: false };
}
