// Every literal value is coercible to the input type expected where it appears: scalars by their literal
// coercion, enums by value name, input objects field by field (required fields, no unknown fields, @oneOf).
// Spec 5.6.1 Values of Correct Type, 5.6.2 Input Object Field Names, 5.6.4 Input Object Required Fields.
using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Validation.Rules;

/// <summary>
/// Validates each argument value and variable default value as a whole against its expected type, as
/// graphql-js's validateInputLiteral does; variables inside a literal are left to VariablesInAllowedPositionRule.
/// </summary>
public sealed class ValuesOfCorrectTypeRule : ValidationRule
{
    private readonly Action<InputLiteralError> _reportLiteralError;

    public ValuesOfCorrectTypeRule() => _reportLiteralError = error => Report(error.Message, error.Node);

    public override void EnterArgument(ArgumentNode node)
    {
        if (TypeInfo.InputType is { } type)
            InputLiteralValidator.Validate(node.Value, type, _reportLiteralError);
    }

    public override void EnterVariableDefinition(VariableDefinitionNode node)
    {
        if (node.DefaultValue is { } defaultValue && TypeInfo.InputType is { } type)
            InputLiteralValidator.Validate(defaultValue, type, _reportLiteralError);
    }
}
