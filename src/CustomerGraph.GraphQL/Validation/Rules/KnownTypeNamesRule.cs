// Every type named in a document (variable types, type conditions) is defined by the schema.
// Spec 5.5.1.2 Fragment Spread Type Existence, 5.8.2 Variables Are Input Types.
using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Validation.Rules;

/// <summary>Reports references to types neither the schema nor the document defines, suggesting close names.</summary>
public sealed class KnownTypeNamesRule : ValidationRule
{
    private static readonly string[] StandardTypeNames =
    [
        "String",
        "Int",
        "Float",
        "Boolean",
        "ID",
        "__Schema",
        "__Directive",
        "__DirectiveLocation",
        "__Type",
        "__Field",
        "__InputValue",
        "__EnumValue",
        "__TypeKind",
    ];

    private HashSet<string>? _definedTypeNames;
    private List<string>? _typeNames;
    private bool _inTypeSystemDefinition;

    public override void EnterOperationDefinition(OperationDefinitionNode node) =>
        _inTypeSystemDefinition = false;

    public override void EnterFragmentDefinition(FragmentDefinitionNode node) =>
        _inTypeSystemDefinition = false;

    public override void EnterTypeSystemNode(SyntaxNode node) => _inTypeSystemDefinition = true;

    public override void EnterNamedType(NamedTypeNode node)
    {
        var typeName = node.Name.Value;
        if (Schema.GetType(typeName) is not null)
            return;
        _definedTypeNames ??=
        [
            .. Context
                .Document.Definitions.OfType<TypeDefinitionNode>()
                .Select(definition => definition.Name.Value),
        ];
        if (_definedTypeNames.Contains(typeName))
            return;
        if (_inTypeSystemDefinition && StandardTypeNames.Contains(typeName))
            return;
        _typeNames ??= [.. Schema.Types.Select(type => type.Name).Concat(_definedTypeNames).Distinct()];
        var suggestions = Suggestions.List(
            typeName,
            _inTypeSystemDefinition ? StandardTypeNames.Concat(_typeNames) : _typeNames
        );
        Report($"Unknown type \"{typeName}\"." + Suggestions.DidYouMean(suggestions), node);
    }
}
