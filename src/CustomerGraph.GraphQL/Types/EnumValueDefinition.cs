using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Types;

public sealed class EnumValueDefinition(string name)
{
    public string Name { get; } = name;
    public string? Description { get; set; }
    public string? DeprecationReason { get; set; }
    public bool IsDeprecated => DeprecationReason is not null;
    public EnumValueDefinitionNode? AstNode { get; set; }

    /// <summary>The runtime value this enum value stands for; its name unless bound otherwise.</summary>
    public object? Value { get; set; }
}
