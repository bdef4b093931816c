// Each fragment definition in a document has a name no other fragment uses.
// Spec 5.5.1.1 Fragment Name Uniqueness.
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Validation.Rules;

/// <summary>Reports the second and later fragments sharing a name.</summary>
public sealed class UniqueFragmentNamesRule : ValidationRule
{
    private readonly Dictionary<string, NameNode> _knownNames = new(StringComparer.Ordinal);

    public override void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        var name = node.Name;
        if (_knownNames.TryGetValue(name.Value, out var known))
            Report($"There can be only one fragment named \"{name.Value}\".", known, name);
        else
            _knownNames[name.Value] = name;
    }
}
