using System.Collections;
using System.Text.Json;
using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Execution;

/// <summary>
/// Input coercion of spec 6.1.2 (variables), 6.4.1 (arguments) and 3.10/3.11 (input objects and lists):
/// turns literals and runtime inputs into the values resolvers receive, with graphql-js's messages.
/// Coerced values are plain data: null, bool, int, double, string, enum values, <see cref="List{T}"/> of
/// object and <see cref="Dictionary{TKey, TValue}"/> of string to object.
/// </summary>
public static class InputCoercion
{
    private const string InvalidValueCode = ErrorCodes.BadUserInput;

    /// <summary>CoerceVariableValues(): every problem is added to <paramref name="errors"/>.</summary>
    public static Dictionary<string, object?> CoerceVariableValues(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs,
        List<GraphQLError> errors
    )
    {
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            var type = schema.TypeFromAst(definition.Type);
            if (type is null || !type.IsInputType)
            {
                errors.Add(
                    new GraphQLError(
                        $"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.",
                        [ToSourceLocation(definition.Type.Location)],
                        InvalidValueCode
                    )
                );
                continue;
            }
            object? input = null;
            var provided = inputs is not null && inputs.TryGetValue(name, out input);
            if (!provided)
            {
                if (definition.DefaultValue is not null)
                {
                    var (valid, value) = CoerceLiteral(definition.DefaultValue, type, null);
                    if (valid)
                        coerced[name] = value;
                    else
                        errors.Add(
                            VariableError(
                                definition,
                                $"Variable \"${name}\" has invalid default value: Expected value of type \"{type}\"."
                            )
                        );
                    continue;
                }
                if (type is not NonNullType)
                    continue;
            }
            var problems = new List<(string Message, string Path)>();
            var result = CoerceInputValue(Normalize(input), type, problems, "", provided);
            if (problems.Count == 0)
                coerced[name] = result;
            foreach (var (message, path) in problems)
                errors.Add(
                    VariableError(
                        definition,
                        $"Variable \"${name}\" has invalid value{(path.Length == 0 ? "" : " at " + path)}: {message}"
                    )
                );
        }
        return coerced;
    }

    /// <summary>
    /// CoerceArgumentValues(): the coerced arguments of a field or directive, defaults applied.
    /// Throws <see cref="FieldErrorException"/> naming the argument when a value does not fit.
    /// </summary>
    public static Dictionary<string, object?> CoerceArgumentValues(
        OrderedMap<InputValueDefinition> definitions,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyDictionary<string, object?>? variables,
        string owner,
        SyntaxNode node
    )
    {
        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            ArgumentNode? argument = null;
            foreach (var candidate in arguments)
                if (candidate.Name.Value == definition.Name)
                {
                    argument = candidate;
                    break;
                }
            if (
                argument is null
                || argument.Value is VariableNode missing
                    && (variables is null || !variables.ContainsKey(missing.Name.Value))
                    && !definition.IsRequired
            )
            {
                if (argument is null && definition.IsRequired)
                    throw new FieldErrorException(
                        $"Argument \"{owner}({definition.Name}:)\" of required type \"{definition.Type}\" was not provided.",
                        node
                    );
                if (definition.DefaultValue is not null)
                    coerced[definition.Name] = DefaultValueOf(definition);
                continue;
            }
            var (valid, value) = CoerceLiteral(argument.Value, definition.Type, variables);
            if (!valid)
            {
                var (message, path, problemNode) =
                    FindLiteralProblem(argument.Value, definition.Type, variables, "")
                    ?? (
                        $"Expected value of type \"{definition.Type}\", found: {Printer.Print(argument.Value)}.",
                        "",
                        argument.Value
                    );
                throw new FieldErrorException(
                    $"Argument \"{owner}({definition.Name}:)\" has invalid value{(path.Length == 0 ? "" : " at " + path)}: {message}",
                    problemNode
                );
            }
            coerced[definition.Name] = value;
        }
        return coerced;
    }

    /// <summary>The coerced default value of an argument or input field (literal coerced once, then cached).</summary>
    public static object? DefaultValueOf(InputValueDefinition definition)
    {
        lock (DefaultValues)
        {
            if (DefaultValues.TryGetValue(definition, out var cached))
                return cached;
        }
        var (_, value) = CoerceLiteral(definition.DefaultValue!, definition.Type, null);
        lock (DefaultValues)
            DefaultValues[definition] = value;
        return value;
    }

    private static readonly Dictionary<InputValueDefinition, object?> DefaultValues = new(
        ReferenceEqualityComparer.Instance
    );

    /// <summary>Literal coercion (coerceInputLiteral): false when the literal does not fit the type.</summary>
    public static (bool Valid, object? Value) CoerceLiteral(
        ValueNode literal,
        GraphQLType type,
        IReadOnlyDictionary<string, object?>? variables
    )
    {
        if (literal is VariableNode variable)
        {
            object? value = null;
            var found = variables is not null && variables.TryGetValue(variable.Name.Value, out value);
            if (type is NonNullType && (!found || value is null))
                return (false, null);
            return (true, value);
        }
        if (type is NonNullType nonNull)
            return literal is NullValueNode
                ? (false, null)
                : CoerceLiteral(literal, nonNull.OfType, variables);
        if (literal is NullValueNode)
            return (true, null);
        switch (type)
        {
            case ListType list:
                if (literal is not ListValueNode items)
                {
                    var (itemValid, item) = CoerceLiteral(literal, list.OfType, variables);
                    return itemValid ? (true, new List<object?> { item }) : (false, null);
                }
                var values = new List<object?>(items.Values.Count);
                foreach (var itemNode in items.Values)
                {
                    var (valid, value) = CoerceLiteral(itemNode, list.OfType, variables);
                    if (!valid)
                    {
                        // A missing or null variable in a nullable item position becomes null (spec 3.11).
                        if (
                            itemNode is VariableNode v
                            && list.OfType is not NonNullType
                            && (variables is null || variables.GetValueOrDefault(v.Name.Value) is null)
                        )
                            value = null;
                        else
                            return (false, null);
                    }
                    values.Add(value);
                }
                return (true, values);
            case InputObjectType inputObject:
                return CoerceObjectLiteral(literal, inputObject, variables);
            case EnumType enumType:
                return
                    literal is EnumValueNode enumValue
                    && enumType.Values.TryGet(enumValue.Value) is { } definition
                    ? (true, definition.Value)
                    : (false, null);
            case ScalarType scalar:
                if (ContainsVariable(literal))
                    literal = ReplaceVariables(literal, variables);
                var result = scalar.ParseLiteral(literal);
                return result.IsValid ? (true, result.Value) : (false, null);
            default:
                return (false, null);
        }
    }

    private static (bool, object?) CoerceObjectLiteral(
        ValueNode literal,
        InputObjectType type,
        IReadOnlyDictionary<string, object?>? variables
    )
    {
        if (literal is not ObjectValueNode objectValue)
            return (false, null);
        foreach (var field in objectValue.Fields)
            if (!type.Fields.Contains(field.Name.Value))
                return (false, null);
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var fieldDefinition in type.Fields)
        {
            ObjectFieldNode? fieldNode = null;
            foreach (var candidate in objectValue.Fields)
                if (candidate.Name.Value == fieldDefinition.Name)
                {
                    fieldNode = candidate;
                    break;
                }
            if (
                fieldNode is null
                || fieldNode.Value is VariableNode v
                    && (variables is null || !variables.ContainsKey(v.Name.Value))
            )
            {
                if (fieldDefinition.IsRequired)
                    return (false, null);
                if (fieldDefinition.DefaultValue is not null)
                    coerced[fieldDefinition.Name] = DefaultValueOf(fieldDefinition);
                continue;
            }
            var (valid, value) = CoerceLiteral(fieldNode.Value, fieldDefinition.Type, variables);
            if (!valid)
                return (false, null);
            coerced[fieldDefinition.Name] = value;
        }
        if (
            type.IsOneOf
            && (objectValue.Fields.Count != 1 || coerced.Count != 1 || coerced.First().Value is null)
        )
            return (false, null);
        return (true, coerced);
    }

    /// <summary>
    /// Why a literal does not coerce (graphql-js validateInputLiteral): the first problem with its input
    /// path and the node at fault. In a valid document only variable values can make a literal fail.
    /// </summary>
    private static (string Message, string Path, SyntaxNode Node)? FindLiteralProblem(
        ValueNode literal,
        GraphQLType type,
        IReadOnlyDictionary<string, object?>? variables,
        string path
    )
    {
        if (literal is VariableNode variable)
        {
            if (type is not NonNullType)
                return null;
            object? value = null;
            var found = variables is not null && variables.TryGetValue(variable.Name.Value, out value);
            if (!found)
                return (
                    $"Expected variable \"${variable.Name.Value}\" provided to type \"{type}\" to provide a runtime value.",
                    path,
                    literal
                );
            return value is null
                ? (
                    $"Expected variable \"${variable.Name.Value}\" provided to non-null type \"{type}\" not to be null.",
                    path,
                    literal
                )
                : null;
        }
        if (type is NonNullType nonNull)
            return literal is NullValueNode
                ? ($"Expected value of non-null type \"{type}\" not to be null.", path, literal)
                : FindLiteralProblem(literal, nonNull.OfType, variables, path);
        if (literal is NullValueNode)
            return null;
        switch (type)
        {
            case ListType list when literal is ListValueNode items:
                for (var i = 0; i < items.Values.Count; i++)
                    if (
                        FindLiteralProblem(items.Values[i], list.OfType, variables, $"{path}[{i}]") is
                        { } problem
                    )
                        return problem;
                return null;
            case ListType list:
                return FindLiteralProblem(literal, list.OfType, variables, path);
            case InputObjectType inputObject:
                return FindObjectLiteralProblem(literal, inputObject, variables, path);
            default:
                if (CoerceLiteral(literal, type, variables).Valid)
                    return null;
                var error = type is ScalarType scalar ? scalar.ParseLiteral(literal).Error : null;
                return (
                    error ?? $"Expected value of type \"{type}\", found: {Printer.Print(literal)}.",
                    path,
                    literal
                );
        }
    }

    private static (string Message, string Path, SyntaxNode Node)? FindObjectLiteralProblem(
        ValueNode literal,
        InputObjectType type,
        IReadOnlyDictionary<string, object?>? variables,
        string path
    )
    {
        if (literal is not ObjectValueNode objectValue)
            return (
                $"Expected value of type \"{type.Name}\" to be an object, found: {Printer.Print(literal)}.",
                path,
                literal
            );
        foreach (var field in type.Fields)
        {
            var fieldNode = objectValue.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
            if (fieldNode is null)
            {
                if (field.IsRequired)
                    return (
                        $"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {Printer.Print(literal)}.",
                        path,
                        literal
                    );
                continue;
            }
            if (fieldNode.Value is VariableNode variable)
            {
                object? value = null;
                var found = variables is not null && variables.TryGetValue(variable.Name.Value, out value);
                if (type.IsOneOf && (!found || value is null))
                    return (
                        $"Expected variable \"${variable.Name.Value}\" provided to field \"{field.Name}\" for OneOf Input Object type \"{type.Name}\" {(found ? "not to be null" : "to provide a runtime value")}.",
                        path,
                        literal
                    );
                if (!found && !field.IsRequired)
                    continue;
            }
            if (
                FindLiteralProblem(fieldNode.Value, field.Type, variables, $"{path}.{field.Name}") is
                { } problem
            )
                return problem;
        }
        foreach (var fieldNode in objectValue.Fields)
            if (!type.Fields.Contains(fieldNode.Name.Value))
            {
                var suggestion = Suggestions.DidYouMean(
                    Suggestions.List(fieldNode.Name.Value, type.Fields.Select(f => f.Name))
                );
                return (
                    $"Expected value of type \"{type.Name}\" not to include unknown field \"{fieldNode.Name.Value}\"{(suggestion.Length > 0 ? "." + suggestion + " Found" : ", found")}: {Printer.Print(literal)}.",
                    path,
                    fieldNode
                );
            }
        if (type.IsOneOf)
        {
            if (objectValue.Fields.Count != 1)
                return (OneOfMessage(type), path, literal);
            if (objectValue.Fields[0].Value is NullValueNode)
                return (OneOfMessage(type), $"{path}.{objectValue.Fields[0].Name.Value}", literal);
        }
        return null;
    }

    /// <summary>
    /// Runtime input coercion (coerceInputValue + validateInputValue in one pass): the coerced value, with
    /// every problem and its input path added to <paramref name="problems"/>.
    /// </summary>
    public static object? CoerceInputValue(
        object? input,
        GraphQLType type,
        List<(string Message, string Path)> problems,
        string path,
        bool provided = true
    )
    {
        if (type is NonNullType nonNull)
        {
            if (!provided)
            {
                problems.Add(($"Expected a value of non-null type \"{type}\" to be provided.", path));
                return null;
            }
            if (input is null)
            {
                problems.Add(($"Expected value of non-null type \"{type}\" not to be null.", path));
                return null;
            }
            return CoerceInputValue(input, nonNull.OfType, problems, path);
        }
        if (input is null)
            return null;
        switch (type)
        {
            case ListType list:
                if (input is not IList items)
                {
                    var single = CoerceInputValue(input, list.OfType, problems, path);
                    return new List<object?> { single };
                }
                var values = new List<object?>(items.Count);
                for (var i = 0; i < items.Count; i++)
                    values.Add(CoerceInputValue(items[i], list.OfType, problems, $"{path}[{i}]"));
                return values;
            case InputObjectType inputObject:
                return CoerceInputObject(input, inputObject, problems, path);
            case EnumType enumType:
                if (input is string name && enumType.Values.TryGet(name) is { } enumValue)
                    return enumValue.Value;
                problems.Add(
                    (
                        input is string unknown
                            ? $"Value \"{unknown}\" does not exist in \"{enumType.Name}\" enum."
                                + Suggestions.DidYouMean(
                                    Suggestions.List(unknown, enumType.Values.Select(v => v.Name)),
                                    "the enum value"
                                )
                            : $"Enum \"{enumType.Name}\" cannot represent non-string value: {JsValues.Inspect(input)}.",
                        path
                    )
                );
                return null;
            case ScalarType scalar:
                var result = scalar.ParseValue(input);
                if (!result.IsValid)
                    problems.Add(
                        (
                            result.Error
                                ?? $"Expected value of type \"{scalar.Name}\", found: {JsValues.Inspect(input)}.",
                            path
                        )
                    );
                return result.Value;
            default:
                problems.Add(($"Expected value of type \"{type}\".", path));
                return null;
        }
    }

    private static object? CoerceInputObject(
        object input,
        InputObjectType type,
        List<(string Message, string Path)> problems,
        string path
    )
    {
        if (input is not IDictionary<string, object?> fields)
        {
            problems.Add(
                (
                    $"Expected value of type \"{type.Name}\" to be an object, found: {JsValues.Inspect(input)}.",
                    path
                )
            );
            return null;
        }
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!fields.TryGetValue(field.Name, out var value))
            {
                if (field.IsRequired)
                    problems.Add(
                        (
                            $"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {JsValues.Inspect(input)}.",
                            path
                        )
                    );
                else if (field.DefaultValue is not null)
                    coerced[field.Name] = DefaultValueOf(field);
                continue;
            }
            coerced[field.Name] = CoerceInputValue(value, field.Type, problems, $"{path}.{field.Name}");
        }
        foreach (var name in fields.Keys)
            if (!type.Fields.Contains(name))
            {
                var suggestion = Suggestions.DidYouMean(
                    Suggestions.List(name, type.Fields.Select(f => f.Name))
                );
                problems.Add(
                    (
                        $"Expected value of type \"{type.Name}\" not to include unknown field \"{name}\"{(suggestion.Length > 0 ? "." + suggestion + " Found" : ", found")}: {JsValues.Inspect(input)}.",
                        path
                    )
                );
            }
        if (type.IsOneOf)
        {
            if (fields.Count != 1)
                problems.Add((OneOfMessage(type), path));
            else if (fields.First() is { Value: null } only)
                problems.Add((OneOfMessage(type), $"{path}.{only.Key}"));
        }
        return coerced;
    }

    private static string OneOfMessage(InputObjectType type) =>
        $"Within OneOf Input Object type \"{type.Name}\", exactly one field must be specified, and the value for that field must be non-null.";

    /// <summary>Turns JSON input (<see cref="JsonElement"/>) into plain data; other values pass through.</summary>
    public static object? Normalize(object? input) =>
        input switch
        {
            JsonElement element => FromJson(element),
            IDictionary<string, object?> or IList or null => input,
            _ => input,
        };

    /// <summary>Plain data from JSON: integers as int or long when they fit, other numbers as double.</summary>
    public static object? FromJson(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                return null;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.String:
                return StringOf(element);
            case JsonValueKind.Number:
                if (element.TryGetInt32(out var i))
                    return i;
                if (element.TryGetInt64(out var l))
                    return l;
                return element.GetDouble();
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                    list.Add(FromJson(item));
                return list;
            default:
                var dictionary = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                    dictionary[property.Name] = FromJson(property.Value);
                return dictionary;
        }
    }

    /// <summary>
    /// A JSON string's value. JSON may escape a lone surrogate (<c>"\ud800"</c>), which graphql-js accepts
    /// but <see cref="JsonElement.GetString"/> rejects: such a string is unescaped here instead.
    /// </summary>
    private static string StringOf(JsonElement element)
    {
        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return UnescapeJsonString(element.GetRawText());
        }
    }

    private static string UnescapeJsonString(string quoted)
    {
        var builder = new System.Text.StringBuilder(quoted.Length);
        for (var i = 1; i < quoted.Length - 1; i++)
        {
            var c = quoted[i];
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }
            c = quoted[++i];
            switch (c)
            {
                case 'b':
                    builder.Append('\b');
                    break;
                case 'f':
                    builder.Append('\f');
                    break;
                case 'n':
                    builder.Append('\n');
                    break;
                case 'r':
                    builder.Append('\r');
                    break;
                case 't':
                    builder.Append('\t');
                    break;
                case 'u':
                    builder.Append(
                        (char)
                            ushort.Parse(
                                quoted.AsSpan(i + 1, 4),
                                System.Globalization.NumberStyles.HexNumber,
                                System.Globalization.CultureInfo.InvariantCulture
                            )
                    );
                    i += 4;
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
        return builder.ToString();
    }

    private static bool ContainsVariable(ValueNode node) =>
        node switch
        {
            VariableNode => true,
            ListValueNode list => list.Values.Any(ContainsVariable),
            ObjectValueNode obj => obj.Fields.Any(f => ContainsVariable(f.Value)),
            _ => false,
        };

    /// <summary>Custom scalars receive a literal without variables: they are replaced by their values as literals.</summary>
    private static ValueNode ReplaceVariables(
        ValueNode node,
        IReadOnlyDictionary<string, object?>? variables
    ) =>
        node switch
        {
            VariableNode v => ValueToLiteral(variables?.GetValueOrDefault(v.Name.Value), v.Location),
            ListValueNode list => new ListValueNode(
                [.. list.Values.Select(x => ReplaceVariables(x, variables))],
                list.Location
            ),
            ObjectValueNode obj => new ObjectValueNode(
                [
                    .. obj.Fields.Select(f => new ObjectFieldNode(
                        f.Name,
                        ReplaceVariables(f.Value, variables),
                        f.Location
                    )),
                ],
                obj.Location
            ),
            _ => node,
        };

    private static ValueNode ValueToLiteral(object? value, Location location) =>
        value switch
        {
            null => new NullValueNode(location),
            bool b => new BooleanValueNode(b, location),
            string s => new StringValueNode(s, false, location),
            int or long => new IntValueNode(
                System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
                location
            ),
            double or float or decimal => new FloatValueNode(
                System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
                location
            ),
            IDictionary<string, object?> d => new ObjectValueNode(
                [
                    .. d.Select(p => new ObjectFieldNode(
                        new NameNode(p.Key, location),
                        ValueToLiteral(p.Value, location),
                        location
                    )),
                ],
                location
            ),
            IList l => new ListValueNode(
                [.. l.Cast<object?>().Select(x => ValueToLiteral(x, location))],
                location
            ),
            _ => new StringValueNode(value.ToString() ?? "", false, location),
        };

    private static GraphQLError VariableError(VariableDefinitionNode definition, string message) =>
        new(message, [ToSourceLocation(definition.Location)], InvalidValueCode);

    internal static SourceLocation ToSourceLocation(Location location) => new(location.Line, location.Column);
}
