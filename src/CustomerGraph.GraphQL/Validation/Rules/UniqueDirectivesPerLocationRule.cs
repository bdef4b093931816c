// A non-repeatable directive is used at most once at each location (a type and its extensions count as one).
// Spec 5.7.3 Directives Are Unique per Location.
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Validation.Rules;

/// <summary>Reports repeated uses of a non-repeatable directive on the same node.</summary>
public sealed class UniqueDirectivesPerLocationRule : ValidationRule
{
    private Dictionary<string, bool>? _isUniqueByDirective;
    private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(
        StringComparer.Ordinal
    );

    public override void EnterOperationDefinition(OperationDefinitionNode node) =>
        Check(node.Directives, null);

    public override void EnterVariableDefinition(VariableDefinitionNode node) => Check(node.Directives, null);

    public override void EnterFragmentDefinition(FragmentDefinitionNode node) => Check(node.Directives, null);

    public override void EnterField(FieldNode node) => Check(node.Directives, null);

    public override void EnterFragmentSpread(FragmentSpreadNode node) => Check(node.Directives, null);

    public override void EnterInlineFragment(InlineFragmentNode node) => Check(node.Directives, null);

    public override void EnterTypeSystemNode(SyntaxNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode schema:
                Check(schema.Directives, _schemaDirectives);
                break;
            case SchemaExtensionNode schemaExtension:
                Check(schemaExtension.Directives, _schemaDirectives);
                break;
            case TypeDefinitionOrExtensionNode type:
                if (!_typeDirectives.TryGetValue(type.Name.Value, out var seen))
                    _typeDirectives[type.Name.Value] = seen = new(StringComparer.Ordinal);
                Check(type.Directives, seen);
                break;
            case FieldDefinitionNode field:
                Check(field.Directives, null);
                break;
            case InputValueDefinitionNode inputValue:
                Check(inputValue.Directives, null);
                break;
            case EnumValueDefinitionNode enumValue:
                Check(enumValue.Directives, null);
                break;
        }
    }

    /// <summary>Checks the directives of one node; <paramref name="seen"/> is shared by a type and its extensions.</summary>
    private void Check(IReadOnlyList<DirectiveNode> directives, Dictionary<string, DirectiveNode>? seen)
    {
        if (directives.Count == 0 || (directives.Count == 1 && seen is null))
            return;
        _isUniqueByDirective ??= CollectUniqueness();
        seen ??= new(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (!_isUniqueByDirective.GetValueOrDefault(name))
                continue;
            if (seen.TryGetValue(name, out var first))
                Report(
                    $"The directive \"@{name}\" can only be used once at this location.",
                    first,
                    directive
                );
            else
                seen[name] = directive;
        }
    }

    private Dictionary<string, bool> CollectUniqueness()
    {
        var isUnique = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var directive in Schema.Directives)
            isUnique[directive.Name] = !directive.IsRepeatable;
        foreach (var definition in Context.Document.Definitions)
            if (definition is DirectiveDefinitionNode directive)
                isUnique[directive.Name.Value] = !directive.Repeatable;
        return isUnique;
    }
}
