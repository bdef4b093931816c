using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Types;

/// <summary>A field of an object or interface type.</summary>
public sealed class FieldDefinition(string name, GraphQLType type)
{
    public string Name { get; } = name;
    public GraphQLType Type { get; set; } = type;
    public string? Description { get; set; }

    /// <summary>Arguments by name, in definition order.</summary>
    public OrderedMap<InputValueDefinition> Arguments { get; } = new();

    /// <summary>Set by <c>@deprecated</c>; null when the field is not deprecated.</summary>
    public string? DeprecationReason { get; set; }
    public bool IsDeprecated => DeprecationReason is not null;
    public FieldDefinitionNode? AstNode { get; set; }

    /// <summary>Directives applied to the field in SDL, in source order (<c>@deprecated</c> included).</summary>
    public IReadOnlyList<DirectiveNode> AppliedDirectives => AstNode?.Directives ?? [];

    /// <summary>The object or interface type this field belongs to.</summary>
    public ComplexType? DeclaringType { get; set; }

    /// <summary>The resolver bound to this field at schema build time; null reads the parent's same-named member.</summary>
    public FieldResolver? Resolver { get; set; }

    public InputValueDefinition? GetArgument(string name) => Arguments.TryGet(name);
}
