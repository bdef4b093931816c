// An input object literal gives each field at most once.
// Spec 5.6.3 Input Object Field Uniqueness.
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Validation.Rules;

/// <summary>Reports each repeated field of an input object literal, with the first occurrence.</summary>
public sealed class UniqueInputFieldNamesRule : ValidationRule
{
    private readonly Stack<Dictionary<string, NameNode>> _knownNameStack = new();
    private Dictionary<string, NameNode> _knownNames = new(StringComparer.Ordinal);

    public override void EnterObjectValue(ObjectValueNode node)
    {
        _knownNameStack.Push(_knownNames);
        _knownNames = new(StringComparer.Ordinal);
    }

    public override void LeaveObjectValue(ObjectValueNode node) => _knownNames = _knownNameStack.Pop();

    public override void EnterObjectField(ObjectFieldNode node)
    {
        var name = node.Name;
        if (_knownNames.TryGetValue(name.Value, out var known))
            Report($"There can be only one input field named \"{name.Value}\".", known, name);
        else
            _knownNames[name.Value] = name;
    }
}
