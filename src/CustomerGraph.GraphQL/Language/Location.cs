namespace CustomerGraph.GraphQL.Language;

/// <summary>Where a node or token sits in the source: byte offsets plus the 1-based line and column of its start.</summary>
public readonly record struct Location(int Start, int End, int Line, int Column)
{
    public static readonly Location None = new(0, 0, 0, 0);
}
