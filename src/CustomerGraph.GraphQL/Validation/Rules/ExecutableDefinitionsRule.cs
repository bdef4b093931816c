// A document submitted for execution contains only operations and fragments.
// Spec 5.1.1 Executable Definitions.
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Validation.Rules;

/// <summary>Reports every type-system definition or extension in an executable document.</summary>
public sealed class ExecutableDefinitionsRule : ValidationRule
{
    public override void EnterDocument(DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is ExecutableDefinitionNode)
                continue;
            var name = definition switch
            {
                TypeDefinitionOrExtensionNode type => $"\"{type.Name.Value}\"",
                DirectiveDefinitionNode directive => $"\"{directive.Name.Value}\"",
                _ => "schema",
            };
            Report($"The {name} definition is not executable.", definition);
        }
    }
}
