namespace CustomerGraph.GraphQL.Types;

/// <summary>Decides the object type of a value returned for an interface or union field.</summary>
public delegate ObjectType? TypeResolver(object value, IResolverContext context);
