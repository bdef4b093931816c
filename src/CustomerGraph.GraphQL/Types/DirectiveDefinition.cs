using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Types;

public sealed class DirectiveDefinition(string name)
{
    public string Name { get; } = name;
    public string? Description { get; set; }
    public OrderedMap<InputValueDefinition> Arguments { get; } = new();
    public bool IsRepeatable { get; set; }
    public List<DirectiveLocation> Locations { get; } = [];
    public DirectiveDefinitionNode? AstNode { get; set; }

    public InputValueDefinition? GetArgument(string name) => Arguments.TryGet(name);
}
