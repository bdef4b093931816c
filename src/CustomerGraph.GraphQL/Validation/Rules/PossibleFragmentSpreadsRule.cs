// A fragment may be spread only where some object could be of both the fragment's type and the parent type.
// Spec 5.5.2.3 Fragment Spread Is Possible.
using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Validation.Rules;

/// <summary>Reports fragments and inline fragments whose type can never overlap the type they are spread in.</summary>
public sealed class PossibleFragmentSpreadsRule : ValidationRule
{
    public override void EnterInlineFragment(InlineFragmentNode node)
    {
        // The walk has already entered the inline fragment: its type is the current type.
        if (
            TypeInfo.Type is NamedType { IsCompositeType: true } fragmentType
            && TypeInfo.ParentType is { IsCompositeType: true } parentType
            && !TypeComparators.DoTypesOverlap(Schema, fragmentType, parentType)
        )
            Report(
                $"Fragment cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".",
                node
            );
    }

    public override void EnterFragmentSpread(FragmentSpreadNode node)
    {
        var fragmentName = node.Name.Value;
        if (
            Context.GetFragment(fragmentName) is { } fragment
            && Schema.GetType(fragment.TypeCondition.Name.Value) is { IsCompositeType: true } fragmentType
            && TypeInfo.ParentType is { } parentType
            && !TypeComparators.DoTypesOverlap(Schema, fragmentType, parentType)
        )
            Report(
                $"Fragment \"{fragmentName}\" cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".",
                node
            );
    }
}
