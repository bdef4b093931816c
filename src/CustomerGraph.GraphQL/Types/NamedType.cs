using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Types;

/// <summary>A named type: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType(string name) : GraphQLType
{
    public string Name { get; } = name;
    public string? Description { get; set; }

    /// <summary>The definition this type was built from, when it came from SDL.</summary>
    public TypeDefinitionNode? AstNode { get; set; }

    /// <summary>Extensions applied to this type, in source order.</summary>
    public List<TypeExtensionNode> ExtensionAstNodes { get; } = [];

    /// <summary>Directives applied to the type (definition and extensions), in source order.</summary>
    public List<DirectiveNode> AppliedDirectives { get; } = [];

    public override NamedType Unwrapped => this;

    /// <summary>True for the types of spec section 4 (<c>__Schema</c>, <c>__Type</c>, …).</summary>
    public bool IsIntrospectionType => Name.StartsWith("__", StringComparison.Ordinal);

    public override string ToString() => Name;
}
