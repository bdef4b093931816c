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
    public override void EnterArgument(ArgumentNode node)
    {
        if (TypeInfo.InputType is { } type)
            ValidateLiteral(node.Value, type);
    }

    public override void EnterVariableDefinition(VariableDefinitionNode node)
    {
        if (node.DefaultValue is { } defaultValue && TypeInfo.InputType is { } type)
            ValidateLiteral(defaultValue, type);
    }

    private void ValidateLiteral(ValueNode value, GraphQLType type)
    {
        if (value is VariableNode)
            return;
        if (type is NonNullType nonNull)
        {
            if (value is NullValueNode)
            {
                Report($"Expected value of non-null type \"{type}\" not to be null.", value);
                return;
            }
            type = nonNull.OfType;
        }
        if (value is NullValueNode)
            return;
        switch (type)
        {
            case ListType list:
                if (value is ListValueNode items)
                    foreach (var item in items.Values)
                        ValidateLiteral(item, list.OfType);
                else
                    ValidateLiteral(value, list.OfType);
                break;
            case InputObjectType inputObject:
                ValidateInputObject(value, inputObject);
                break;
            case EnumType enumType:
                ValidateEnum(value, enumType);
                break;
            case ScalarType scalar:
                ValidateScalar(value, scalar);
                break;
        }
    }

    private void ValidateInputObject(ValueNode value, InputObjectType type)
    {
        if (value is not ObjectValueNode obj)
        {
            Report(
                $"Expected value of type \"{type}\" to be an object, found: {Printer.Print(value)}.",
                value
            );
            return;
        }

        // When a field is given twice, the last occurrence counts, as in graphql-js.
        var fieldNodes = new Dictionary<string, ObjectFieldNode>(obj.Fields.Count, StringComparer.Ordinal);
        foreach (var fieldNode in obj.Fields)
            fieldNodes[fieldNode.Name.Value] = fieldNode;
        foreach (var field in type.Fields)
        {
            if (fieldNodes.TryGetValue(field.Name, out var fieldNode))
                ValidateLiteral(fieldNode.Value, field.Type);
            else if (field.IsRequired)
                Report(
                    $"Expected value of type \"{type}\" to include required field \"{field.Name}\", found: {Printer.Print(obj)}.",
                    obj
                );
        }

        var knownFieldCount = 0;
        ObjectFieldNode? knownField = null;
        foreach (var fieldNode in obj.Fields)
        {
            var fieldName = fieldNode.Name.Value;
            if (type.Fields.Contains(fieldName))
            {
                knownFieldCount++;
                knownField = fieldNode;
                continue;
            }
            var suggestion = Suggestions.DidYouMean(
                Suggestions.SuggestionList(fieldName, type.Fields.Select(f => f.Name))
            );
            Report(
                $"Expected value of type \"{type}\" not to include unknown field \"{fieldName}\""
                    + (suggestion.Length > 0 ? $".{suggestion} Found" : ", found")
                    + $": {Printer.Print(obj)}.",
                fieldNode
            );
        }

        if (type.IsOneOf && (knownFieldCount != 1 || knownField!.Value is NullValueNode))
            Report(OneOfMessage(type), obj);
    }

    private void ValidateEnum(ValueNode value, EnumType type)
    {
        if (value is not EnumValueNode enumValue)
        {
            var printed = Printer.Print(value);
            Report(
                $"Enum \"{type}\" cannot represent non-enum value: {printed}."
                    + DidYouMeanEnumValue(type, printed),
                value
            );
        }
        else if (!type.Values.Contains(enumValue.Value))
        {
            Report(
                $"Value \"{enumValue.Value}\" does not exist in \"{type}\" enum."
                    + DidYouMeanEnumValue(type, enumValue.Value),
                value
            );
        }
    }

    private void ValidateScalar(ValueNode value, ScalarType type)
    {
        var result = type.ParseLiteral(WithoutVariables(value));
        if (!result.IsValid)
            Report(
                result.Error ?? $"Expected value of type \"{type}\", found: {Printer.Print(value)}.",
                value
            );
    }

    private static string DidYouMeanEnumValue(EnumType type, string value) =>
        Suggestions.DidYouMean(
            "the enum value",
            Suggestions.SuggestionList(value, type.Values.Select(enumValue => enumValue.Name))
        );

    internal static string OneOfMessage(InputObjectType type) =>
        $"Within OneOf Input Object type \"{type}\", exactly one field must be specified, and the value for that field must be non-null.";

    /// <summary>
    /// The literal a custom scalar sees when no variable values are known yet: a variable in a list becomes
    /// null and an input field given by a variable is left out, as graphql-js's replaceVariables does.
    /// Returns the literal itself when it holds no variables.
    /// </summary>
    private static ValueNode WithoutVariables(ValueNode value)
    {
        switch (value)
        {
            case VariableNode:
                return new NullValueNode(value.Location);
            case ListValueNode list when ContainsVariable(list):
                return new ListValueNode([.. list.Values.Select(WithoutVariables)], list.Location);
            case ObjectValueNode obj when ContainsVariable(obj):
                return new ObjectValueNode(
                    [
                        .. obj
                            .Fields.Where(field => field.Value is not VariableNode)
                            .Select(field => new ObjectFieldNode(
                                field.Name,
                                WithoutVariables(field.Value),
                                field.Location
                            )),
                    ],
                    obj.Location
                );
            default:
                return value;
        }
    }

    private static bool ContainsVariable(ValueNode value) =>
        value switch
        {
            VariableNode => true,
            ListValueNode list => list.Values.Any(ContainsVariable),
            ObjectValueNode obj => obj.Fields.Any(field => ContainsVariable(field.Value)),
            _ => false,
        };
}
