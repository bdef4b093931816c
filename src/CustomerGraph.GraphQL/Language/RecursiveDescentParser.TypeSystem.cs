namespace CustomerGraph.GraphQL.Language;

// Type-system definitions (spec 3): schema, types, fields, arguments, enum values and directive definitions, with descriptions.
internal ref partial struct RecursiveDescentParser
{
    private readonly bool PeekDescription() => _lexer.Kind is TokenKind.String or TokenKind.BlockString;

    /// <summary>Description : StringValue</summary>
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    /// <summary>SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }</summary>
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = BeginNode();
        var description = ParseDescription();
        ExpectKeyword("schema"u8, "schema");
        var directives = ParseDirectives(isConst: true);
        Expect(TokenKind.BraceL);
        var operationTypes = ParseOperationTypeDefinitionsAfterBrace();
        return new SchemaDefinitionNode(description, directives, operationTypes, EndNode(start));
    }

    private OperationTypeDefinitionNode[] ParseOperationTypeDefinitionsAfterBrace()
    {
        int mark = _scratchCount;
        do
        {
            var start = BeginNode();
            var operation = ParseOperationType();
            Expect(TokenKind.Colon);
            var type = ParseNamedType();
            Push(new OperationTypeDefinitionNode(operation, type, EndNode(start)));
        } while (!ExpectOptional(TokenKind.BraceR));
        return PopList<OperationTypeDefinitionNode>(mark);
    }

    /// <summary>ScalarTypeDefinition : Description? scalar Name Directives[Const]?</summary>
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = BeginNode();
        var description = ParseDescription();
        ExpectKeyword("scalar"u8, "scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode(description, name, directives, EndNode(start));
    }

    /// <summary>ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = BeginNode();
        var description = ParseDescription();
        ExpectKeyword("type"u8, "type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(
            description,
            name,
            interfaces,
            directives,
            fields,
            EndNode(start)
        );
    }

    /// <summary>ImplementsInterfaces : implements &amp;? NamedType | ImplementsInterfaces &amp; NamedType</summary>
    private NamedTypeNode[] ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements"u8) ? ParseDelimitedNamedTypes(TokenKind.Amp) : [];

    private NamedTypeNode[] ParseDelimitedNamedTypes(TokenKind delimiter)
    {
        ExpectOptional(delimiter);
        int mark = _scratchCount;
        do
        {
            Push(ParseNamedType());
        } while (ExpectOptional(delimiter));
        return PopList<NamedTypeNode>(mark);
    }

    /// <summary>FieldsDefinition : { FieldDefinition+ }</summary>
    private FieldDefinitionNode[] ParseFieldsDefinition()
    {
        if (!ExpectOptional(TokenKind.BraceL))
        {
            return [];
        }
        int mark = _scratchCount;
        do
        {
            var start = BeginNode();
            var description = ParseDescription();
            var name = ParseName();
            var arguments = ParseInputValueDefinitions(TokenKind.ParenL, TokenKind.ParenR);
            Expect(TokenKind.Colon);
            var type = ParseTypeReference();
            var directives = ParseDirectives(isConst: true);
            Push(new FieldDefinitionNode(description, name, arguments, type, directives, EndNode(start)));
        } while (!ExpectOptional(TokenKind.BraceR));
        return PopList<FieldDefinitionNode>(mark);
    }

    /// <summary>ArgumentsDefinition : ( InputValueDefinition+ ) and InputFieldsDefinition : { InputValueDefinition+ }</summary>
    private InputValueDefinitionNode[] ParseInputValueDefinitions(TokenKind open, TokenKind close)
    {
        if (!ExpectOptional(open))
        {
            return [];
        }
        int mark = _scratchCount;
        do
        {
            Push(ParseInputValueDefinition());
        } while (!ExpectOptional(close));
        return PopList<InputValueDefinitionNode>(mark);
    }

    /// <summary>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?</summary>
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = BeginNode();
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode(
            description,
            name,
            type,
            defaultValue,
            directives,
            EndNode(start)
        );
    }

    /// <summary>InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = BeginNode();
        var description = ParseDescription();
        ExpectKeyword("interface"u8, "interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(
            description,
            name,
            interfaces,
            directives,
            fields,
            EndNode(start)
        );
    }

    /// <summary>UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?</summary>
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = BeginNode();
        var description = ParseDescription();
        ExpectKeyword("union"u8, "union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(description, name, directives, types, EndNode(start));
    }

    /// <summary>UnionMemberTypes : = |? NamedType | UnionMemberTypes | NamedType</summary>
    private NamedTypeNode[] ParseUnionMemberTypes() =>
        ExpectOptional(TokenKind.Equals) ? ParseDelimitedNamedTypes(TokenKind.Pipe) : [];

    /// <summary>EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?</summary>
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = BeginNode();
        var description = ParseDescription();
        ExpectKeyword("enum"u8, "enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(description, name, directives, values, EndNode(start));
    }

    /// <summary>EnumValuesDefinition : { EnumValueDefinition+ } ; EnumValueDefinition : Description? EnumValue Directives[Const]?</summary>
    private EnumValueDefinitionNode[] ParseEnumValuesDefinition()
    {
        if (!ExpectOptional(TokenKind.BraceL))
        {
            return [];
        }
        int mark = _scratchCount;
        do
        {
            var start = BeginNode();
            var description = ParseDescription();
            if (
                TokenValueIs("true"u8, "true")
                || TokenValueIs("false"u8, "false")
                || TokenValueIs("null"u8, "null")
            )
            {
                throw _lexer.Error(
                    _lexer.Start,
                    $"{_lexer.Describe()} is reserved and cannot be used for an enum value."
                );
            }
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            Push(new EnumValueDefinitionNode(description, name, directives, EndNode(start)));
        } while (!ExpectOptional(TokenKind.BraceR));
        return PopList<EnumValueDefinitionNode>(mark);
    }

    /// <summary>InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?</summary>
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = BeginNode();
        var description = ParseDescription();
        ExpectKeyword("input"u8, "input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputValueDefinitions(TokenKind.BraceL, TokenKind.BraceR);
        return new InputObjectTypeDefinitionNode(description, name, directives, fields, EndNode(start));
    }

    /// <summary>DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations</summary>
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = BeginNode();
        var description = ParseDescription();
        ExpectKeyword("directive"u8, "directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseInputValueDefinitions(TokenKind.ParenL, TokenKind.ParenR);
        bool repeatable = ExpectOptionalKeyword("repeatable"u8);
        ExpectKeyword("on"u8, "on");
        ExpectOptional(TokenKind.Pipe);
        int mark = _scratchCount;
        do
        {
            var location = _lexer;
            var locationName = ParseName();
            if (!IsDirectiveLocation(locationName.Value))
            {
                throw Unexpected(in location);
            }
            Push(locationName);
        } while (ExpectOptional(TokenKind.Pipe));
        var locations = PopList<NameNode>(mark);
        return new DirectiveDefinitionNode(
            description,
            name,
            arguments,
            repeatable,
            locations,
            EndNode(start)
        );
    }

    /// <summary>DirectiveLocation : ExecutableDirectiveLocation | TypeSystemDirectiveLocation</summary>
    private static bool IsDirectiveLocation(string name) =>
        name
            is "QUERY"
                or "MUTATION"
                or "SUBSCRIPTION"
                or "FIELD"
                or "FRAGMENT_DEFINITION"
                or "FRAGMENT_SPREAD"
                or "INLINE_FRAGMENT"
                or "VARIABLE_DEFINITION"
                or "SCHEMA"
                or "SCALAR"
                or "OBJECT"
                or "FIELD_DEFINITION"
                or "ARGUMENT_DEFINITION"
                or "INTERFACE"
                or "UNION"
                or "ENUM"
                or "ENUM_VALUE"
                or "INPUT_OBJECT"
                or "INPUT_FIELD_DEFINITION";
}
