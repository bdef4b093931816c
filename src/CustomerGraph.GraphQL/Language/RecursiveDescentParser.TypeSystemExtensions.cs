namespace CustomerGraph.GraphQL.Language;

// Type-system extensions (spec 3.3.2 and the extension productions of 3.4 to 3.10).
internal ref partial struct RecursiveDescentParser
{
    /// <summary>TypeSystemExtension : SchemaExtension | TypeExtension</summary>
    private TypeSystemNode ParseTypeSystemExtension()
    {
        var keyword = _lexer;
        keyword.Advance();
        if (keyword.Kind == TokenKind.Name)
        {
            var word = keyword.TokenBytes;
            if (word.SequenceEqual("schema"u8))
            {
                return ParseSchemaExtension();
            }
            if (word.SequenceEqual("scalar"u8))
            {
                return ParseScalarTypeExtension();
            }
            if (word.SequenceEqual("type"u8))
            {
                return ParseObjectOrInterfaceTypeExtension(isInterface: false);
            }
            if (word.SequenceEqual("interface"u8))
            {
                return ParseObjectOrInterfaceTypeExtension(isInterface: true);
            }
            if (word.SequenceEqual("union"u8))
            {
                return ParseUnionTypeExtension();
            }
            if (word.SequenceEqual("enum"u8))
            {
                return ParseEnumTypeExtension();
            }
            if (word.SequenceEqual("input"u8))
            {
                return ParseInputObjectTypeExtension();
            }
        }
        throw Unexpected(in keyword);
    }

    /// <summary>SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const]</summary>
    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = BeginNode();
        Advance();
        Advance();
        var directives = ParseDirectives(isConst: true);
        OperationTypeDefinitionNode[] operationTypes = ExpectOptional(TokenKind.BraceL)
            ? ParseOperationTypeDefinitionsAfterBrace()
            : [];
        if (directives.Length == 0 && operationTypes.Length == 0)
        {
            throw Unexpected();
        }
        return new SchemaExtensionNode(directives, operationTypes, EndNode(start));
    }

    /// <summary>ScalarTypeExtension : extend scalar Name Directives[Const]</summary>
    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = BeginNode();
        Advance();
        Advance();
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        if (directives.Length == 0)
        {
            throw Unexpected();
        }
        return new ScalarTypeExtensionNode(name, directives, EndNode(start));
    }

    /// <summary>ObjectTypeExtension and InterfaceTypeExtension: extend type|interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?, not all empty</summary>
    private TypeExtensionNode ParseObjectOrInterfaceTypeExtension(bool isInterface)
    {
        var start = BeginNode();
        Advance();
        Advance();
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Length == 0 && directives.Length == 0 && fields.Length == 0)
        {
            throw Unexpected();
        }
        return isInterface
            ? new InterfaceTypeExtensionNode(name, interfaces, directives, fields, EndNode(start))
            : new ObjectTypeExtensionNode(name, interfaces, directives, fields, EndNode(start));
    }

    /// <summary>UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes | extend union Name Directives[Const]</summary>
    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = BeginNode();
        Advance();
        Advance();
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        if (directives.Length == 0 && types.Length == 0)
        {
            throw Unexpected();
        }
        return new UnionTypeExtensionNode(name, directives, types, EndNode(start));
    }

    /// <summary>EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition | extend enum Name Directives[Const]</summary>
    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = BeginNode();
        Advance();
        Advance();
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        if (directives.Length == 0 && values.Length == 0)
        {
            throw Unexpected();
        }
        return new EnumTypeExtensionNode(name, directives, values, EndNode(start));
    }

    /// <summary>InputObjectTypeExtension : extend input Name Directives[Const]? InputFieldsDefinition | extend input Name Directives[Const]</summary>
    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = BeginNode();
        Advance();
        Advance();
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputValueDefinitions(TokenKind.BraceL, TokenKind.BraceR);
        if (directives.Length == 0 && fields.Length == 0)
        {
            throw Unexpected();
        }
        return new InputObjectTypeExtensionNode(name, directives, fields, EndNode(start));
    }
}
