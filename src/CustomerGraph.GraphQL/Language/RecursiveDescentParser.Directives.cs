namespace CustomerGraph.GraphQL.Language;

// Applied directives (spec 2.12).
internal ref partial struct RecursiveDescentParser
{
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
}
