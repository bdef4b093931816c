namespace CustomerGraph.GraphQL.Types;

/// <summary>
/// Resolves one field for one parent value. Return synchronously (a completed <see cref="ValueTask{T}"/>)
/// whenever the value is at hand: the executor then continues without scheduling.
/// </summary>
public delegate ValueTask<object?> FieldResolver(IResolverContext context);
