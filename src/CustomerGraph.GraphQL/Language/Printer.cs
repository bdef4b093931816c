using System.Text;

namespace CustomerGraph.GraphQL.Language;

/// <summary>
/// Prints syntax trees exactly as graphql-js 17.1's <c>print()</c> does: two-space indentation, one selection per
/// line, and argument lists, list values and object values spread over lines once they would pass 80 characters.
/// </summary>
public static class Printer
{
    private const int MaxLineLength = 80;

    /// <summary>The canonical GraphQL text of <paramref name="node"/>.</summary>
    public static string Print(SyntaxNode node)
    {
        var writer = new IndentingWriter();
        writer.WriteNode(node);
        return writer.ToString();
    }

    /// <summary>
    /// Writes into one <see cref="StringBuilder"/>, indenting every line break by the current depth. Parts whose
    /// length decides the layout (values, arguments, variable and input value definitions) are first rendered on
    /// their own, which is the length graphql-js measures, then written in place.
    /// </summary>
    private sealed class IndentingWriter
    {
        private readonly StringBuilder _output = new();
        private int _depth;

        public override string ToString() => _output.ToString();

        /// <summary>Appends text, indenting the line after each line break it contains.</summary>
        private void Write(string text)
        {
            int lineStart = 0;
            while (true)
            {
                int lineBreak = text.IndexOf('\n', lineStart);
                if (lineBreak < 0)
                {
                    _output.Append(text, lineStart, text.Length - lineStart);
                    return;
                }
                _output.Append(text, lineStart, lineBreak - lineStart);
                NewLine();
                lineStart = lineBreak + 1;
            }
        }

        private void NewLine() => _output.Append('\n').Append(' ', 2 * _depth);

        /// <summary>{ items one per line, indented }, or nothing at all for no items (graphql-js's block()).</summary>
        private void WriteBlock<T>(IReadOnlyList<T> items)
            where T : SyntaxNode
        {
            if (items.Count == 0)
            {
                return;
            }
            _output.Append(" {");
            _depth++;
            foreach (var item in items)
            {
                NewLine();
                WriteNode(item);
            }
            _depth--;
            NewLine();
            _output.Append('}');
        }

        private void WriteIndentedLines(IReadOnlyList<string> lines)
        {
            _depth++;
            foreach (string line in lines)
            {
                NewLine();
                Write(line);
            }
            _depth--;
            NewLine();
        }

        private void WriteDescription(StringValueNode? description)
        {
            if (description is not null)
            {
                Write(RenderString(description));
                NewLine();
            }
        }

        private void WriteDirectives(IReadOnlyList<DirectiveNode> directives)
        {
            foreach (var directive in directives)
            {
                _output.Append(' ');
                Write(RenderDirective(directive));
            }
        }

        private void WriteNamedTypes(string keyword, IReadOnlyList<NamedTypeNode> types, string separator)
        {
            for (int i = 0; i < types.Count; i++)
            {
                _output.Append(i == 0 ? keyword : separator).Append(types[i].Name.Value);
            }
        }

        /// <summary>Argument definitions: one per line when any of them spans lines, else inline.</summary>
        private void WriteArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
        {
            if (arguments.Count == 0)
            {
                return;
            }
            var rendered = new string[arguments.Count];
            bool multiline = false;
            for (int i = 0; i < arguments.Count; i++)
            {
                rendered[i] = RenderInputValueDefinition(arguments[i]);
                multiline |= rendered[i].Contains('\n');
            }
            _output.Append('(');
            if (multiline)
            {
                WriteIndentedLines(rendered);
            }
            else
            {
                WriteJoined(rendered, ", ");
            }
            _output.Append(')');
        }

        private void WriteJoined(IReadOnlyList<string> parts, string separator)
        {
            for (int i = 0; i < parts.Count; i++)
            {
                if (i > 0)
                {
                    Write(separator);
                }
                Write(parts[i]);
            }
        }

        public void WriteNode(SyntaxNode node)
        {
            switch (node)
            {
                case DocumentNode document:
                    for (int i = 0; i < document.Definitions.Count; i++)
                    {
                        if (i > 0)
                        {
                            Write("\n\n");
                        }
                        WriteNode(document.Definitions[i]);
                    }
                    break;
                case OperationDefinitionNode operation:
                    WriteOperationDefinition(operation);
                    break;
                case VariableDefinitionNode variableDefinition:
                    Write(RenderVariableDefinition(variableDefinition));
                    break;
                case SelectionSetNode selectionSet:
                    WriteSelectionSet(selectionSet);
                    break;
                case FieldNode field:
                    WriteField(field);
                    break;
                case FragmentSpreadNode spread:
                    _output.Append("...").Append(spread.Name.Value);
                    WriteDirectives(spread.Directives);
                    break;
                case InlineFragmentNode inlineFragment:
                    _output.Append("...");
                    if (inlineFragment.TypeCondition is { } typeCondition)
                    {
                        _output.Append(" on ").Append(typeCondition.Name.Value);
                    }
                    WriteDirectives(inlineFragment.Directives);
                    _output.Append(' ');
                    WriteSelectionSet(inlineFragment.SelectionSet);
                    break;
                case FragmentDefinitionNode fragment:
                    WriteDescription(fragment.Description);
                    _output
                        .Append("fragment ")
                        .Append(fragment.Name.Value)
                        .Append(" on ")
                        .Append(fragment.TypeCondition.Name.Value);
                    WriteDirectives(fragment.Directives);
                    _output.Append(' ');
                    WriteSelectionSet(fragment.SelectionSet);
                    break;
                case ArgumentNode argument:
                    Write(RenderArgument(argument));
                    break;
                case DirectiveNode directive:
                    Write(RenderDirective(directive));
                    break;
                case ValueNode value:
                    Write(RenderValue(value));
                    break;
                case ObjectFieldNode objectField:
                    Write(RenderObjectField(objectField));
                    break;
                case TypeNode type:
                    _output.Append(RenderType(type));
                    break;
                case NameNode name:
                    _output.Append(name.Value);
                    break;
                default:
                    WriteTypeSystemNode(node);
                    break;
            }
        }

        private void WriteOperationDefinition(OperationDefinitionNode operation)
        {
            bool isAnonymousQuery =
                operation.Operation == OperationType.Query
                && operation.Description is null
                && operation.Name is null
                && operation.VariableDefinitions.Count == 0
                && operation.Directives.Count == 0;
            if (!isAnonymousQuery)
            {
                WriteDescription(operation.Description);
                _output.Append(OperationKeyword(operation.Operation));
                if (operation.Name is not null || operation.VariableDefinitions.Count > 0)
                {
                    _output.Append(' ').Append(operation.Name?.Value);
                    WriteVariableDefinitions(operation.VariableDefinitions);
                }
                WriteDirectives(operation.Directives);
                _output.Append(' ');
            }
            WriteSelectionSet(operation.SelectionSet);
        }

        /// <summary>Variable definitions: one per line, unindented, when any spans lines (graphql-js's layout).</summary>
        private void WriteVariableDefinitions(IReadOnlyList<VariableDefinitionNode> definitions)
        {
            if (definitions.Count == 0)
            {
                return;
            }
            var rendered = new string[definitions.Count];
            bool multiline = false;
            for (int i = 0; i < definitions.Count; i++)
            {
                rendered[i] = RenderVariableDefinition(definitions[i]);
                multiline |= rendered[i].Contains('\n');
            }
            if (multiline)
            {
                _output.Append('(');
                NewLine();
                WriteJoined(rendered, "\n");
                NewLine();
                _output.Append(')');
            }
            else
            {
                _output.Append('(');
                WriteJoined(rendered, ", ");
                _output.Append(')');
            }
        }

        private void WriteSelectionSet(SelectionSetNode selectionSet)
        {
            if (selectionSet.Selections.Count == 0)
            {
                _output.Append("{}");
                return;
            }
            _output.Append('{');
            _depth++;
            foreach (var selection in selectionSet.Selections)
            {
                NewLine();
                WriteNode(selection);
            }
            _depth--;
            NewLine();
            _output.Append('}');
        }

        private void WriteField(FieldNode field)
        {
            int prefixLength = field.Name.Value.Length;
            if (field.Alias is { } alias)
            {
                _output.Append(alias.Value).Append(": ");
                prefixLength += alias.Value.Length + 2;
            }
            _output.Append(field.Name.Value);
            if (field.Arguments.Count > 0)
            {
                var rendered = new string[field.Arguments.Count];
                for (int i = 0; i < rendered.Length; i++)
                {
                    rendered[i] = RenderArgument(field.Arguments[i]);
                }
                _output.Append('(');
                if (prefixLength + JoinedLength(rendered, 2) + 2 > MaxLineLength)
                {
                    WriteIndentedLines(rendered);
                }
                else
                {
                    WriteJoined(rendered, ", ");
                }
                _output.Append(')');
            }
            WriteDirectives(field.Directives);
            if (field.SelectionSet is { } selectionSet)
            {
                _output.Append(' ');
                WriteSelectionSet(selectionSet);
            }
        }

        private void WriteTypeSystemNode(SyntaxNode node)
        {
            switch (node)
            {
                case SchemaDefinitionNode schema:
                    WriteDescription(schema.Description);
                    _output.Append("schema");
                    WriteDirectives(schema.Directives);
                    WriteBlock(schema.OperationTypes);
                    break;
                case SchemaExtensionNode schemaExtension:
                    _output.Append("extend schema");
                    WriteDirectives(schemaExtension.Directives);
                    WriteBlock(schemaExtension.OperationTypes);
                    break;
                case OperationTypeDefinitionNode operationType:
                    _output
                        .Append(OperationKeyword(operationType.Operation))
                        .Append(": ")
                        .Append(operationType.Type.Name.Value);
                    break;
                case ScalarTypeDefinitionNode scalar:
                    WriteDescription(scalar.Description);
                    _output.Append("scalar ").Append(scalar.Name.Value);
                    WriteDirectives(scalar.Directives);
                    break;
                case ScalarTypeExtensionNode scalarExtension:
                    _output.Append("extend scalar ").Append(scalarExtension.Name.Value);
                    WriteDirectives(scalarExtension.Directives);
                    break;
                case ObjectTypeDefinitionNode objectType:
                    WriteDescription(objectType.Description);
                    WriteFieldsType(
                        "type ",
                        objectType.Name,
                        objectType.Interfaces,
                        objectType.Directives,
                        objectType.Fields
                    );
                    break;
                case ObjectTypeExtensionNode objectExtension:
                    WriteFieldsType(
                        "extend type ",
                        objectExtension.Name,
                        objectExtension.Interfaces,
                        objectExtension.Directives,
                        objectExtension.Fields
                    );
                    break;
                case InterfaceTypeDefinitionNode interfaceType:
                    WriteDescription(interfaceType.Description);
                    WriteFieldsType(
                        "interface ",
                        interfaceType.Name,
                        interfaceType.Interfaces,
                        interfaceType.Directives,
                        interfaceType.Fields
                    );
                    break;
                case InterfaceTypeExtensionNode interfaceExtension:
                    WriteFieldsType(
                        "extend interface ",
                        interfaceExtension.Name,
                        interfaceExtension.Interfaces,
                        interfaceExtension.Directives,
                        interfaceExtension.Fields
                    );
                    break;
                case FieldDefinitionNode field:
                    WriteDescription(field.Description);
                    _output.Append(field.Name.Value);
                    WriteArgumentDefinitions(field.Arguments);
                    _output.Append(": ").Append(RenderType(field.Type));
                    WriteDirectives(field.Directives);
                    break;
                case InputValueDefinitionNode inputValue:
                    Write(RenderInputValueDefinition(inputValue));
                    break;
                case UnionTypeDefinitionNode union:
                    WriteDescription(union.Description);
                    _output.Append("union ").Append(union.Name.Value);
                    WriteDirectives(union.Directives);
                    WriteNamedTypes(" = ", union.Types, " | ");
                    break;
                case UnionTypeExtensionNode unionExtension:
                    _output.Append("extend union ").Append(unionExtension.Name.Value);
                    WriteDirectives(unionExtension.Directives);
                    WriteNamedTypes(" = ", unionExtension.Types, " | ");
                    break;
                case EnumTypeDefinitionNode enumType:
                    WriteDescription(enumType.Description);
                    _output.Append("enum ").Append(enumType.Name.Value);
                    WriteDirectives(enumType.Directives);
                    WriteBlock(enumType.Values);
                    break;
                case EnumTypeExtensionNode enumExtension:
                    _output.Append("extend enum ").Append(enumExtension.Name.Value);
                    WriteDirectives(enumExtension.Directives);
                    WriteBlock(enumExtension.Values);
                    break;
                case EnumValueDefinitionNode enumValue:
                    WriteDescription(enumValue.Description);
                    _output.Append(enumValue.Name.Value);
                    WriteDirectives(enumValue.Directives);
                    break;
                case InputObjectTypeDefinitionNode inputType:
                    WriteDescription(inputType.Description);
                    _output.Append("input ").Append(inputType.Name.Value);
                    WriteDirectives(inputType.Directives);
                    WriteBlock(inputType.Fields);
                    break;
                case InputObjectTypeExtensionNode inputExtension:
                    _output.Append("extend input ").Append(inputExtension.Name.Value);
                    WriteDirectives(inputExtension.Directives);
                    WriteBlock(inputExtension.Fields);
                    break;
                case DirectiveDefinitionNode directive:
                    WriteDescription(directive.Description);
                    _output.Append("directive @").Append(directive.Name.Value);
                    WriteArgumentDefinitions(directive.Arguments);
                    if (directive.Repeatable)
                    {
                        _output.Append(" repeatable");
                    }
                    _output.Append(" on ");
                    for (int i = 0; i < directive.Locations.Count; i++)
                    {
                        _output.Append(i == 0 ? "" : " | ").Append(directive.Locations[i].Value);
                    }
                    break;
                default:
                    throw new ArgumentException($"Cannot print a {node.Kind} node.", nameof(node));
            }
        }

        private void WriteFieldsType(
            string keyword,
            NameNode name,
            IReadOnlyList<NamedTypeNode> interfaces,
            IReadOnlyList<DirectiveNode> directives,
            IReadOnlyList<FieldDefinitionNode> fields
        )
        {
            _output.Append(keyword).Append(name.Value);
            WriteNamedTypes(" implements ", interfaces, " & ");
            WriteDirectives(directives);
            WriteBlock(fields);
        }
    }

    // ---- Standalone renderings: exactly the text (and so the length) graphql-js measures ----

    private static string OperationKeyword(OperationType operation) =>
        operation switch
        {
            OperationType.Query => "query",
            OperationType.Mutation => "mutation",
            _ => "subscription",
        };

    private static string RenderType(TypeNode type) =>
        type switch
        {
            NamedTypeNode named => named.Name.Value,
            ListTypeNode list => "[" + RenderType(list.Type) + "]",
            NonNullTypeNode nonNull => RenderType(nonNull.Type) + "!",
            _ => throw new ArgumentException($"Unknown type node {type.Kind}.", nameof(type)),
        };

    private static string RenderString(StringValueNode node) =>
        node.Block ? BlockString.Print(node.Value) : StringPrinter.Print(node.Value);

    private static string RenderValue(ValueNode value) =>
        value switch
        {
            VariableNode variable => "$" + variable.Name.Value,
            IntValueNode intValue => intValue.Value,
            FloatValueNode floatValue => floatValue.Value,
            StringValueNode stringValue => RenderString(stringValue),
            BooleanValueNode boolean => boolean.Value ? "true" : "false",
            NullValueNode => "null",
            EnumValueNode enumValue => enumValue.Value,
            ListValueNode list => RenderList(list),
            ObjectValueNode obj => RenderObject(obj),
            _ => throw new ArgumentException($"Unknown value node {value.Kind}.", nameof(value)),
        };

    private static string RenderList(ListValueNode list)
    {
        var values = new string[list.Values.Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = RenderValue(list.Values[i]);
        }
        return 2 + JoinedLength(values, 2) > MaxLineLength
            ? "[\n" + IndentLines(values) + "\n]"
            : "[" + string.Join(", ", values) + "]";
    }

    private static string RenderObject(ObjectValueNode obj)
    {
        var fields = new string[obj.Fields.Count];
        for (int i = 0; i < fields.Length; i++)
        {
            fields[i] = RenderObjectField(obj.Fields[i]);
        }
        return 4 + JoinedLength(fields, 2) > MaxLineLength
            ? "{\n" + IndentLines(fields) + "\n}"
            : "{ " + string.Join(", ", fields) + " }";
    }

    private static string RenderObjectField(ObjectFieldNode field) =>
        field.Name.Value + ": " + RenderValue(field.Value);

    private static string RenderArgument(ArgumentNode argument) =>
        argument.Name.Value + ": " + RenderValue(argument.Value);

    private static string RenderDirective(DirectiveNode directive)
    {
        if (directive.Arguments.Count == 0)
        {
            return "@" + directive.Name.Value;
        }
        var text = new StringBuilder().Append('@').Append(directive.Name.Value).Append('(');
        for (int i = 0; i < directive.Arguments.Count; i++)
        {
            text.Append(i == 0 ? "" : ", ").Append(RenderArgument(directive.Arguments[i]));
        }
        return text.Append(')').ToString();
    }

    private static string RenderVariableDefinition(VariableDefinitionNode definition)
    {
        var text = new StringBuilder();
        if (definition.Description is { } description)
        {
            text.Append(RenderString(description)).Append('\n');
        }
        text.Append('$')
            .Append(definition.Variable.Name.Value)
            .Append(": ")
            .Append(RenderType(definition.Type));
        if (definition.DefaultValue is { } defaultValue)
        {
            text.Append(" = ").Append(RenderValue(defaultValue));
        }
        AppendDirectives(text, definition.Directives);
        return text.ToString();
    }

    private static string RenderInputValueDefinition(InputValueDefinitionNode definition)
    {
        var text = new StringBuilder();
        if (definition.Description is { } description)
        {
            text.Append(RenderString(description)).Append('\n');
        }
        text.Append(definition.Name.Value).Append(": ").Append(RenderType(definition.Type));
        if (definition.DefaultValue is { } defaultValue)
        {
            text.Append(" = ").Append(RenderValue(defaultValue));
        }
        AppendDirectives(text, definition.Directives);
        return text.ToString();
    }

    private static void AppendDirectives(StringBuilder text, IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            text.Append(' ').Append(RenderDirective(directive));
        }
    }

    /// <summary>The length of the parts joined with a separator of <paramref name="separatorLength"/> characters.</summary>
    private static int JoinedLength(string[] parts, int separatorLength)
    {
        int length = 0;
        foreach (string part in parts)
        {
            length += (length == 0 ? 0 : separatorLength) + part.Length;
        }
        return length;
    }

    /// <summary>The parts one per line, every line indented by two spaces.</summary>
    private static string IndentLines(string[] parts) =>
        "  " + string.Join("\n", parts).Replace("\n", "\n  ", StringComparison.Ordinal);
}
