using System.Collections;
using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Execution;

/// <summary>A field error raised by the engine while executing a field (argument coercion, completion).</summary>
public sealed class FieldErrorException(string message, SyntaxNode? node = null, string? code = null)
    : Exception(message)
{
    public SyntaxNode? Node { get; } = node;
    public string? Code { get; } = code;
}
