namespace CustomerGraph.GraphQL.Language;

// Type references (spec 2.11): named, list and non-null types.
internal ref partial struct RecursiveDescentParser
{
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
}
