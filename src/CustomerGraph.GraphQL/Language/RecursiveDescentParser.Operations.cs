namespace CustomerGraph.GraphQL.Language;

// Operations (spec 2.3), variables (2.10), selection sets (2.4), fields (2.5) and arguments (2.6).
internal ref partial struct RecursiveDescentParser
{
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
}
