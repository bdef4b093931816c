namespace CustomerGraph.GraphQL.Types;

/// <summary>
/// Runs before a guarded field's resolver, on every execution of the field; it fails the field, without
/// resolving it, by throwing (a <see cref="Execution.GraphQLException"/> carries a message and code meant for clients).
/// </summary>
public delegate void FieldGuard(IResolverContext context);
