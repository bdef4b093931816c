namespace CustomerGraph.GraphQL.Language;

/// <summary>The lexical tokens of spec section 2.1.6; ignored tokens (comments, commas, whitespace) never surface.</summary>
internal enum TokenKind : byte
{
    StartOfFile,
    EndOfFile,
    Bang,
    Dollar,
    Amp,
    ParenL,
    ParenR,
    Spread,
    Colon,
    Equals,
    At,
    BracketL,
    BracketR,
    BraceL,
    Pipe,
    BraceR,
    Name,
    Int,
    Float,
    String,
    BlockString,
}

/// <summary>How token kinds are spelled in error messages, exactly as graphql-js spells them.</summary>
internal static class TokenKindText
{
    public static string Describe(TokenKind kind) =>
        kind switch
        {
            TokenKind.StartOfFile => "<SOF>",
            TokenKind.EndOfFile => "<EOF>",
            TokenKind.Bang => "\"!\"",
            TokenKind.Dollar => "\"$\"",
            TokenKind.Amp => "\"&\"",
            TokenKind.ParenL => "\"(\"",
            TokenKind.ParenR => "\")\"",
            TokenKind.Spread => "\"...\"",
            TokenKind.Colon => "\":\"",
            TokenKind.Equals => "\"=\"",
            TokenKind.At => "\"@\"",
            TokenKind.BracketL => "\"[\"",
            TokenKind.BracketR => "\"]\"",
            TokenKind.BraceL => "\"{\"",
            TokenKind.Pipe => "\"|\"",
            TokenKind.BraceR => "\"}\"",
            TokenKind.Name => "Name",
            TokenKind.Int => "Int",
            TokenKind.Float => "Float",
            TokenKind.String => "String",
            _ => "BlockString",
        };
}
