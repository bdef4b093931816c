using System.Buffers;
using System.Runtime.CompilerServices;
using CustomerGraph.GraphQL.Errors;

namespace CustomerGraph.GraphQL.Language;

/// <summary>
/// One parse of one source: a recursive-descent parser with one method per production of appendix C, following
/// graphql-js's parser so that every syntax error has the same message at the same place. Node lists are built
/// on a pooled scratch stack and copied once into exactly sized arrays.
/// </summary>
internal ref struct RecursiveDescentParser
{
    private Lexer _lexer;
    private readonly int _maxTokens;
    private readonly int _maxDepth;
    private int _tokenCount;
    private int _depth;
    private int _previousEnd;
    private SyntaxNode[] _scratch;
    private int _scratchCount;

    public RecursiveDescentParser(ReadOnlySpan<byte> source, ParserOptions options)
    {
        _lexer = new Lexer(source);
        _maxTokens = options.MaxTokens;
        _maxDepth = options.MaxDepth;
        _scratch = ArrayPool<SyntaxNode>.Shared.Rent(64);
    }

    /// <summary>Returns the scratch stack to the pool.</summary>
    public void Dispose()
    {
        ArrayPool<SyntaxNode>.Shared.Return(_scratch, clearArray: true);
        _scratch = [];
    }

    // ---- Entry points ----

    /// <summary>Document : Definition+</summary>
    public DocumentNode ParseDocument()
    {
        Advance();
        int mark = _scratchCount;
        do
        {
            Push(ParseDefinition());
        } while (!ExpectOptional(TokenKind.EndOfFile));
        return new DocumentNode(PopList<DefinitionNode>(mark), new Location(0, _lexer.Source.Length, 1, 1));
    }

    public ValueNode ParseStandaloneValue()
    {
        Advance();
        var value = ParseValueLiteral(isConst: false);
        Expect(TokenKind.EndOfFile);
        return value;
    }

    public TypeNode ParseStandaloneType()
    {
        Advance();
        var type = ParseTypeReference();
        Expect(TokenKind.EndOfFile);
        return type;
    }

    // ---- Definitions ----

    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }
        bool hasDescription = PeekDescription();
        var keyword = _lexer;
        if (hasDescription)
        {
            keyword.Advance();
            if (keyword.Kind == TokenKind.BraceL)
            {
                throw _lexer.Error(
                    _lexer.Start,
                    "Unexpected description, descriptions are not supported on shorthand queries."
                );
            }
        }
        if (keyword.Kind == TokenKind.Name)
        {
            var word = keyword.TokenBytes;
            if (word.SequenceEqual("schema"u8))
            {
                return ParseSchemaDefinition();
            }
            if (word.SequenceEqual("scalar"u8))
            {
                return ParseScalarTypeDefinition();
            }
            if (word.SequenceEqual("type"u8))
            {
                return ParseObjectTypeDefinition();
            }
            if (word.SequenceEqual("interface"u8))
            {
                return ParseInterfaceTypeDefinition();
            }
            if (word.SequenceEqual("union"u8))
            {
                return ParseUnionTypeDefinition();
            }
            if (word.SequenceEqual("enum"u8))
            {
                return ParseEnumTypeDefinition();
            }
            if (word.SequenceEqual("input"u8))
            {
                return ParseInputObjectTypeDefinition();
            }
            if (word.SequenceEqual("directive"u8))
            {
                return ParseDirectiveDefinition();
            }
            if (
                word.SequenceEqual("query"u8)
                || word.SequenceEqual("mutation"u8)
                || word.SequenceEqual("subscription"u8)
            )
            {
                return ParseOperationDefinition();
            }
            if (word.SequenceEqual("fragment"u8))
            {
                return ParseFragmentDefinition();
            }
            if (hasDescription)
            {
                throw _lexer.Error(
                    _lexer.Start,
                    "Unexpected description, only GraphQL definitions support descriptions."
                );
            }
            if (word.SequenceEqual("extend"u8))
            {
                return ParseTypeSystemExtension();
            }
        }
        throw Unexpected(in keyword);
    }

    /// <summary>OperationDefinition : Description? OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet</summary>
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = BeginNode();
        if (Peek(TokenKind.BraceL))
        {
            var shorthand = ParseSelectionSet();
            return new OperationDefinitionNode(
                null,
                OperationType.Query,
                null,
                [],
                [],
                shorthand,
                EndNode(start)
            );
        }
        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variableDefinitions = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(
            description,
            operation,
            name,
            variableDefinitions,
            directives,
            selectionSet,
            EndNode(start)
        );
    }

    /// <summary>OperationType : one of query mutation subscription</summary>
    private OperationType ParseOperationType()
    {
        if (_lexer.Kind == TokenKind.Name)
        {
            var word = _lexer.TokenBytes;
            OperationType? operation =
                word.SequenceEqual("query"u8) ? OperationType.Query
                : word.SequenceEqual("mutation"u8) ? OperationType.Mutation
                : word.SequenceEqual("subscription"u8) ? OperationType.Subscription
                : null;
            // graphql-js consumes the name before judging it, so a lexical error just after it wins.
            var token = _lexer;
            Advance();
            return operation ?? throw Unexpected(in token);
        }
        throw ExpectedError(TokenKind.Name);
    }

    /// <summary>VariablesDefinition : ( VariableDefinition+ )</summary>
    private VariableDefinitionNode[] ParseVariableDefinitions()
    {
        if (!ExpectOptional(TokenKind.ParenL))
        {
            return [];
        }
        int mark = _scratchCount;
        do
        {
            Push(ParseVariableDefinition());
        } while (!ExpectOptional(TokenKind.ParenR));
        return PopList<VariableDefinitionNode>(mark);
    }

    /// <summary>VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?</summary>
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = BeginNode();
        var description = ParseDescription();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(
            description,
            variable,
            type,
            defaultValue,
            directives,
            EndNode(start)
        );
    }

    /// <summary>Variable : $ Name</summary>
    private VariableNode ParseVariable()
    {
        var start = BeginNode();
        Expect(TokenKind.Dollar);
        return new VariableNode(ParseName(), EndNode(start));
    }

    /// <summary>SelectionSet : { Selection+ }</summary>
    private SelectionSetNode ParseSelectionSet()
    {
        var start = BeginNode();
        EnterNesting();
        Expect(TokenKind.BraceL);
        int mark = _scratchCount;
        do
        {
            Push(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
        } while (!ExpectOptional(TokenKind.BraceR));
        _depth--;
        return new SelectionSetNode(PopList<SelectionNode>(mark), EndNode(start));
    }

    /// <summary>Field : Alias? Name Arguments? Directives? SelectionSet?</summary>
    private FieldNode ParseField()
    {
        var start = BeginNode();
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }
        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet, EndNode(start));
    }

    /// <summary>Arguments[Const] : ( Argument[?Const]+ )</summary>
    private ArgumentNode[] ParseArguments(bool isConst)
    {
        if (!ExpectOptional(TokenKind.ParenL))
        {
            return [];
        }
        int mark = _scratchCount;
        do
        {
            var start = BeginNode();
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            Push(new ArgumentNode(name, value, EndNode(start)));
        } while (!ExpectOptional(TokenKind.ParenR));
        return PopList<ArgumentNode>(mark);
    }

    /// <summary>FragmentSpread : ... FragmentName Directives? | InlineFragment : ... TypeCondition? Directives? SelectionSet</summary>
    private SelectionNode ParseFragment()
    {
        var start = BeginNode();
        Expect(TokenKind.Spread);
        bool hasTypeCondition = ExpectOptionalKeyword("on"u8);
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(name, spreadDirectives, EndNode(start));
        }
        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(typeCondition, directives, selectionSet, EndNode(start));
    }

    /// <summary>FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet</summary>
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = BeginNode();
        var description = ParseDescription();
        ExpectKeyword("fragment"u8, "fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on"u8, "on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(
            description,
            name,
            typeCondition,
            directives,
            selectionSet,
            EndNode(start)
        );
    }

    /// <summary>FragmentName : Name but not on</summary>
    private NameNode ParseFragmentName()
    {
        if (TokenValueIs("on"u8, "on"))
        {
            throw Unexpected();
        }
        return ParseName();
    }

    // ---- Values ----

    /// <summary>Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue | ListValue | ObjectValue</summary>
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var start = BeginNode();
        switch (_lexer.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
            {
                string text = _lexer.TokenText();
                Advance();
                return new IntValueNode(text, EndNode(start));
            }
            case TokenKind.Float:
            {
                string text = _lexer.TokenText();
                Advance();
                return new FloatValueNode(text, EndNode(start));
            }
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
            {
                var word = _lexer.TokenBytes;
                if (word.SequenceEqual("true"u8) || word.SequenceEqual("false"u8))
                {
                    bool value = word.Length == 4;
                    Advance();
                    return new BooleanValueNode(value, EndNode(start));
                }
                if (word.SequenceEqual("null"u8))
                {
                    Advance();
                    return new NullValueNode(EndNode(start));
                }
                string text = _lexer.TokenText();
                Advance();
                return new EnumValueNode(text, EndNode(start));
            }
            case TokenKind.Dollar:
                if (isConst)
                {
                    var dollar = _lexer;
                    Advance();
                    if (_lexer.Kind == TokenKind.Name)
                    {
                        throw _lexer.Error(
                            dollar.Start,
                            $"Unexpected variable \"${_lexer.TokenText()}\" in constant value."
                        );
                    }
                    throw Unexpected(in dollar);
                }
                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        var start = BeginNode();
        bool block = _lexer.Kind == TokenKind.BlockString;
        string value = _lexer.StringValue!;
        Advance();
        return new StringValueNode(value, block, EndNode(start));
    }

    /// <summary>ListValue[Const] : [ ] | [ Value[?Const]+ ]</summary>
    private ListValueNode ParseList(bool isConst)
    {
        var start = BeginNode();
        EnterNesting();
        Expect(TokenKind.BracketL);
        int mark = _scratchCount;
        while (!ExpectOptional(TokenKind.BracketR))
        {
            Push(ParseValueLiteral(isConst));
        }
        _depth--;
        return new ListValueNode(PopList<ValueNode>(mark), EndNode(start));
    }

    /// <summary>ObjectValue[Const] : { } | { ObjectField[?Const]+ }</summary>
    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = BeginNode();
        EnterNesting();
        Expect(TokenKind.BraceL);
        int mark = _scratchCount;
        while (!ExpectOptional(TokenKind.BraceR))
        {
            var fieldStart = BeginNode();
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            Push(new ObjectFieldNode(name, value, EndNode(fieldStart)));
        }
        _depth--;
        return new ObjectValueNode(PopList<ObjectFieldNode>(mark), EndNode(start));
    }

    /// <summary>Directives[Const] : Directive[?Const]+ ; Directive[Const] : @ Name Arguments[?Const]?</summary>
    private DirectiveNode[] ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }
        int mark = _scratchCount;
        do
        {
            var start = BeginNode();
            Advance();
            var name = ParseName();
            var arguments = ParseArguments(isConst);
            Push(new DirectiveNode(name, arguments, EndNode(start)));
        } while (Peek(TokenKind.At));
        return PopList<DirectiveNode>(mark);
    }

    // ---- Types ----

    /// <summary>Type : NamedType | ListType | NonNullType</summary>
    private TypeNode ParseTypeReference()
    {
        var start = BeginNode();
        TypeNode type;
        if (Peek(TokenKind.BracketL))
        {
            EnterNesting();
            Advance();
            var itemType = ParseTypeReference();
            Expect(TokenKind.BracketR);
            _depth--;
            type = new ListTypeNode(itemType, EndNode(start));
        }
        else
        {
            type = ParseNamedType();
        }
        return ExpectOptional(TokenKind.Bang) ? new NonNullTypeNode(type, EndNode(start)) : type;
    }

    /// <summary>NamedType : Name</summary>
    private NamedTypeNode ParseNamedType()
    {
        var start = BeginNode();
        return new NamedTypeNode(ParseName(), EndNode(start));
    }

    private NameNode ParseName()
    {
        if (_lexer.Kind != TokenKind.Name)
        {
            throw ExpectedError(TokenKind.Name);
        }
        var start = BeginNode();
        string value = _lexer.TokenText();
        Advance();
        return new NameNode(value, EndNode(start));
    }

    // ---- Type system ----

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

    // ---- Type system extensions ----

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

    // ---- Token handling ----

    /// <summary>Moves to the next token, enforcing <see cref="ParserOptions.MaxTokens"/> like graphql-js.</summary>
    private void Advance()
    {
        _previousEnd = _lexer.End;
        _lexer.Advance();
        if (_lexer.Kind != TokenKind.EndOfFile && ++_tokenCount > _maxTokens)
        {
            throw _lexer.Error(
                _lexer.Start,
                $"Document contains more than {_maxTokens} tokens. Parsing aborted."
            );
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly bool Peek(TokenKind kind) => _lexer.Kind == kind;

    private void Expect(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            throw ExpectedError(kind);
        }
        Advance();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool ExpectOptional(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            return false;
        }
        Advance();
        return true;
    }

    private void ExpectKeyword(ReadOnlySpan<byte> keyword, string spelling)
    {
        if (!_lexer.IsKeyword(keyword))
        {
            throw _lexer.Error(_lexer.Start, $"Expected \"{spelling}\", found {_lexer.Describe()}.");
        }
        Advance();
    }

    private bool ExpectOptionalKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!_lexer.IsKeyword(keyword))
        {
            return false;
        }
        Advance();
        return true;
    }

    /// <summary>
    /// Whether the current token's value is <paramref name="text"/>, whatever its kind: graphql-js compares values,
    /// so a string "on" is refused as a fragment name with the same message as the name on.
    /// </summary>
    private readonly bool TokenValueIs(ReadOnlySpan<byte> utf8, string text) =>
        _lexer.Kind switch
        {
            TokenKind.Name => _lexer.TokenBytes.SequenceEqual(utf8),
            TokenKind.String or TokenKind.BlockString => _lexer.StringValue == text,
            _ => false,
        };

    private readonly GraphQLSyntaxException ExpectedError(TokenKind kind) =>
        _lexer.Error(_lexer.Start, $"Expected {TokenKindText.Describe(kind)}, found {_lexer.Describe()}.");

    private readonly GraphQLSyntaxException Unexpected() => Unexpected(in _lexer);

    private static GraphQLSyntaxException Unexpected(in Lexer token) =>
        token.Error(token.Start, $"Unexpected {token.Describe()}.");

    /// <summary>
    /// Guards against documents nested so deeply that recursion would exhaust the stack: the configured depth
    /// limit first, and the runtime's own stack check for threads too small even for that.
    /// </summary>
    private void EnterNesting()
    {
        if (++_depth > _maxDepth)
        {
            throw _lexer.Error(
                _lexer.Start,
                $"Document nesting exceeds the maximum depth of {_maxDepth}. Parsing aborted."
            );
        }
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw _lexer.Error(
                _lexer.Start,
                "Document nesting is too deep for the parser's stack. Parsing aborted."
            );
        }
    }

    // ---- Locations and node lists ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly Location BeginNode() => new(_lexer.Start, 0, _lexer.Line, _lexer.Column);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly Location EndNode(Location start) => start with { End = _previousEnd };

    private void Push(SyntaxNode node)
    {
        if (_scratchCount == _scratch.Length)
        {
            var larger = ArrayPool<SyntaxNode>.Shared.Rent(_scratch.Length * 2);
            _scratch.AsSpan().CopyTo(larger);
            ArrayPool<SyntaxNode>.Shared.Return(_scratch, clearArray: true);
            _scratch = larger;
        }
        _scratch[_scratchCount++] = node;
    }

    private T[] PopList<T>(int mark)
        where T : SyntaxNode
    {
        int count = _scratchCount - mark;
        if (count == 0)
        {
            return [];
        }
        var list = new T[count];
        for (int i = 0; i < count; i++)
        {
            list[i] = (T)_scratch[mark + i];
        }
        _scratchCount = mark;
        return list;
    }
}
