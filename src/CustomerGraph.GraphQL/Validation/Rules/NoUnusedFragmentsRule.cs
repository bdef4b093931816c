// Every fragment defined in a document is used by some operation, directly or through other fragments.
// Spec 5.5.1.4 Fragments Must Be Used.
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Validation.Rules;

/// <summary>Reports fragments no operation reaches.</summary>
public sealed class NoUnusedFragmentsRule : ValidationRule
{
    private readonly List<OperationDefinitionNode> _operations = [];
    private readonly List<FragmentDefinitionNode> _fragments = [];

    public override void EnterOperationDefinition(OperationDefinitionNode node) => _operations.Add(node);

    public override void EnterFragmentDefinition(FragmentDefinitionNode node) => _fragments.Add(node);

    public override void LeaveDocument(DocumentNode node)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fragment in Context.GetRecursivelyReferencedFragments(_operations))
            used.Add(fragment.Name.Value);
        foreach (var fragment in _fragments)
            if (!used.Contains(fragment.Name.Value))
                Report($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
    }
}
