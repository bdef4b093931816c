// Fields of scalar or enum type have no selection set; fields of object, interface or union type must have one.
// Spec 5.3.3 Leaf Field Selections.
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Validation.Rules;

/// <summary>Reports leaf fields with subselections and composite fields without them.</summary>
public sealed class ScalarLeafsRule : ValidationRule
{
    public override void EnterField(FieldNode node)
    {
        if (TypeInfo.Type is not { } type)
            return;
        var fieldName = node.Name.Value;
        if (type.Unwrapped.IsLeafType)
        {
            if (node.SelectionSet is { } selectionSet)
                Report(
                    $"Field \"{fieldName}\" must not have a selection since type \"{type}\" has no subfields.",
                    selectionSet
                );
        }
        else if (node.SelectionSet is null)
        {
            Report(
                $"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?",
                node
            );
        }
    }
}
