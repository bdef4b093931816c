namespace CustomerGraph.GraphQL.Language;

// Input values (spec 2.9): literals, lists, input objects and variables.
internal ref partial struct RecursiveDescentParser
{
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
}
