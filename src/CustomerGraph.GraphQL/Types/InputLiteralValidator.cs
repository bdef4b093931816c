using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Types;

/// <summary>One reason a constant literal does not fit an input type, at a path inside the literal.</summary>
internal readonly record struct InputLiteralError(string Message, SyntaxNode Node, IReadOnlyList<object> Path)
{
    /// <summary>graphql-js's <c>printPathArray</c>: <c> at .field[0].other</c>, or empty at the root.</summary>
    public string PathText =>
        Path.Count == 0
            ? ""
            : " at " + string.Concat(Path.Select(key => key is int index ? $"[{index}]" : $".{key}"));
}

/// <summary>
/// Checks a constant literal (a default value, a directive argument in SDL) against an input type the way
/// graphql-js's <c>validateInputLiteral</c> does without variables (spec 3.10 and 5.6.1 input coercion),
/// reporting every problem with graphql-js's message.
/// </summary>
internal static class InputLiteralValidator
{
    public static void Validate(ValueNode literal, GraphQLType type, Action<InputLiteralError> onError) =>
        Validate(literal, type, onError, []);

    private static void Validate(
        ValueNode literal,
        GraphQLType type,
        Action<InputLiteralError> onError,
        IReadOnlyList<object> path
    )
    {
        if (literal is VariableNode)
            return;
        if (type is NonNullType nonNull)
        {
            if (literal is NullValueNode)
            {
                onError(new($"Expected value of non-null type \"{type}\" not to be null.", literal, path));
                return;
            }
            Validate(literal, nonNull.OfType, onError, path);
            return;
        }
        if (literal is NullValueNode)
            return;
        switch (type)
        {
            case ListType list:
                if (literal is ListValueNode items)
                {
                    for (var i = 0; i < items.Values.Count; i++)
                        Validate(items.Values[i], list.OfType, onError, [.. path, i]);
                }
                else
                    Validate(literal, list.OfType, onError, path);
                break;
            case InputObjectType inputObject:
                ValidateInputObject(literal, inputObject, onError, path);
                break;
            case EnumType enumType:
                ValidateEnum(literal, enumType, onError, path);
                break;
            case ScalarType scalar:
                var result = scalar.ParseLiteral(WithoutVariables(literal));
                if (!result.IsValid)
                    onError(
                        new(
                            string.IsNullOrEmpty(result.Error)
                                ? $"Expected value of type \"{scalar.Name}\", found: {Printer.Print(literal)}."
                                : result.Error,
                            literal,
                            path
                        )
                    );
                break;
        }
    }

    private static void ValidateInputObject(
        ValueNode literal,
        InputObjectType type,
        Action<InputLiteralError> onError,
        IReadOnlyList<object> path
    )
    {
        if (literal is not ObjectValueNode obj)
        {
            onError(
                new(
                    $"Expected value of type \"{type.Name}\" to be an object, found: {Printer.Print(literal)}.",
                    literal,
                    path
                )
            );
            return;
        }
        var fieldNodes = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        foreach (var fieldNode in obj.Fields)
            fieldNodes[fieldNode.Name.Value] = fieldNode;
        foreach (var field in type.Fields)
        {
            if (fieldNodes.TryGetValue(field.Name, out var fieldNode))
                Validate(fieldNode.Value, field.Type, onError, [.. path, field.Name]);
            else if (field.IsRequired)
                onError(
                    new(
                        $"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {Printer.Print(literal)}.",
                        literal,
                        path
                    )
                );
        }
        var knownFields = new List<ObjectFieldNode>();
        foreach (var fieldNode in obj.Fields)
        {
            var fieldName = fieldNode.Name.Value;
            if (type.Fields.Contains(fieldName))
            {
                knownFields.Add(fieldNode);
                continue;
            }
            var suggestion = Suggestions.DidYouMean(
                Suggestions.List(fieldName, type.Fields.Select(f => f.Name))
            );
            var found = suggestion.Length > 0 ? $".{suggestion} Found" : ", found";
            onError(
                new(
                    $"Expected value of type \"{type.Name}\" not to include unknown field \"{fieldName}\"{found}: {Printer.Print(literal)}.",
                    fieldNode,
                    path
                )
            );
        }
        if (!type.IsOneOf)
            return;
        if (knownFields.Count != 1)
        {
            onError(new(OneOfMessage(type), literal, path));
            return;
        }
        if (knownFields[0].Value is NullValueNode)
            onError(new(OneOfMessage(type), literal, [.. path, knownFields[0].Name.Value]));
    }

    private static string OneOfMessage(InputObjectType type) =>
        $"Within OneOf Input Object type \"{type.Name}\", exactly one field must be specified, and the value for that field must be non-null.";

    private static void ValidateEnum(
        ValueNode literal,
        EnumType type,
        Action<InputLiteralError> onError,
        IReadOnlyList<object> path
    )
    {
        if (literal is EnumValueNode enumValue && type.Values.Contains(enumValue.Value))
            return;
        var valueText = Printer.Print(literal);
        var hint = Suggestions.DidYouMean(
            Suggestions.List(valueText, type.Values.Select(v => v.Name)),
            "the enum value"
        );
        onError(
            new(
                literal is EnumValueNode
                    ? $"Value \"{valueText}\" does not exist in \"{type.Name}\" enum.{hint}"
                    : $"Enum \"{type.Name}\" cannot represent non-enum value: {valueText}.{hint}",
                literal,
                path
            )
        );
    }

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
