using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Types;

/// <summary>An argument (of a field or directive) or a field of an input object.</summary>
public sealed class InputValueDefinition(string name, GraphQLType type)
{
    public string Name { get; } = name;
    public GraphQLType Type { get; set; } = type;
    public string? Description { get; set; }

    /// <summary>The default value as written in SDL; null when there is none (not the same as a <c>null</c> default).</summary>
    public ValueNode? DefaultValue { get; set; }
    public string? DeprecationReason { get; set; }
    public bool IsDeprecated => DeprecationReason is not null;
    public InputValueDefinitionNode? AstNode { get; set; }

    /// <summary>Non-null with no default: the caller must supply it.</summary>
    public bool IsRequired => Type is NonNullType && DefaultValue is null;
}
