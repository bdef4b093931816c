// Fields selected under one response name must merge: the same field with the same arguments (unless
// their parents can never be the same object), and results of the same shape. Spec 5.3.2 Field Selection Merging.
using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Validation.Rules;

/// <summary>Reports fields that cannot be merged, using one <see cref="FieldConflictFinder"/> per document.</summary>
public sealed class OverlappingFieldsCanBeMergedRule : ValidationRule
{
    private readonly List<GraphQLError> _conflicts = [];
    private FieldConflictFinder? _finder;

    public override void EnterSelectionSet(SelectionSetNode node)
    {
        _finder ??= new FieldConflictFinder(Schema, Context.GetFragment);
        _conflicts.Clear();
        _finder.FindConflictsWithinSelectionSet(TypeInfo.ParentType, node, _conflicts);
        foreach (var conflict in _conflicts)
            Report(conflict);
    }
}
