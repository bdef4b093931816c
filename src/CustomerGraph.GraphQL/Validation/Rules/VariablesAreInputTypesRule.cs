// Variables can only be of input types: scalars, enums, input objects, or lists and non-nulls of them.
// Spec 5.8.2 Variables Are Input Types.
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Validation.Rules;

/// <summary>Reports variables declared with an object, interface or union type.</summary>
public sealed class VariablesAreInputTypesRule : ValidationRule
{
    public override void EnterVariableDefinition(VariableDefinitionNode node)
    {
        if (Schema.TypeFromAst(node.Type) is { IsInputType: false })
            Report(
                $"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(node.Type)}\".",
                node.Type
            );
    }
}
