// Each named operation in a document has a name no other operation uses.
// Spec 5.2.2.1 Operation Name Uniqueness.
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Validation.Rules;

/// <summary>Reports the second and later operations sharing a name.</summary>
public sealed class UniqueOperationNamesRule : ValidationRule
{
    private readonly Dictionary<string, NameNode> _knownNames = new(StringComparer.Ordinal);

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Name is not { } name)
            return;
        if (_knownNames.TryGetValue(name.Value, out var known))
            Report($"There can be only one operation named \"{name.Value}\".", known, name);
        else
            _knownNames[name.Value] = name;
    }
}
