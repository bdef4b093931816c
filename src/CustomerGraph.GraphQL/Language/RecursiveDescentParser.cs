using System.Buffers;
using System.Runtime.CompilerServices;
using CustomerGraph.GraphQL.Errors;

namespace CustomerGraph.GraphQL.Language;

/// <summary>
/// One parse of one source: a recursive-descent parser with one method per production of appendix C, following
/// graphql-js's parser so that every syntax error has the same message at the same place. Node lists are built
/// on a pooled scratch stack and copied once into exactly sized arrays.
/// </summary>
internal ref partial struct RecursiveDescentParser
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

    // ---- Token handling ----

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

    /// <summary>Moves to the next token, enforcing <see cref="ParserOptions.MaxTokens"/> like graphql-js.</summary>
    private void Advance()
    {
        _previousEnd = _lexer.End;
        _lexer.Advance();
        if (_lexer.Kind != TokenKind.EndOfFile && ++_tokenCount > _maxTokens)
        {
            throw _lexer.Error(
                _lexer.Start,
                $"Document contains more than {_maxTokens} tokens. Parsing aborted.",
                SyntaxErrorKind.TooManyTokens
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
                $"Document nesting exceeds the maximum depth of {_maxDepth}. Parsing aborted.",
                SyntaxErrorKind.TooDeep
            );
        }
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw _lexer.Error(
                _lexer.Start,
                "Document nesting is too deep for the parser's stack. Parsing aborted.",
                SyntaxErrorKind.TooDeep
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
