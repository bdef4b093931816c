using CustomerGraph.GraphQL.DataLoading;
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Types;

/// <summary>What a resolver knows about the field it resolves and the request it serves.</summary>
public interface IResolverContext
{
    /// <summary>The value of the parent object (the root value for root fields).</summary>
    object? Parent { get; }

    /// <summary>The parent value cast to the type the resolver expects.</summary>
    T ParentAs<T>() => (T)Parent!;

    ObjectType ParentType { get; }
    FieldDefinition Field { get; }

    /// <summary>The first field node of the merged selection; aliases may differ between nodes.</summary>
    FieldNode Selection { get; }

    /// <summary>Every field node merged into this field (spec 6.3.2), in document order.</summary>
    IReadOnlyList<FieldNode> Selections { get; }

    /// <summary>The coerced argument values, defaults applied; an argument absent here was not given.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>True when the argument was given (possibly as null) or has a default.</summary>
    bool HasArgument(string name) => Arguments.ContainsKey(name);

    /// <summary>
    /// The argument converted to <typeparamref name="T"/> (input objects to records or classes, enums by name,
    /// lists by element); default when absent or null.
    /// </summary>
    T? Argument<T>(string name);

    /// <summary>Request services (scoped to the request when a host provides a scope).</summary>
    IServiceProvider Services { get; }

    /// <summary>Signalled when the client goes away or the execution times out.</summary>
    CancellationToken CancellationToken { get; }

    /// <summary>The request's DataLoaders: one instance of each per request.</summary>
    DataLoaderRegistry DataLoaders { get; }

    /// <summary>Per-request state shared by resolvers (e.g. the current account).</summary>
    IDictionary<string, object?> RequestItems { get; }

    Schema Schema { get; }

    /// <summary>The response path of this field (allocates: use for diagnostics, not on hot paths).</summary>
    IReadOnlyList<object> Path { get; }

    /// <summary>
    /// The fields selected below this field on <paramref name="type"/> (or the field's own type when it is an
    /// object type): lets a resolver fetch only what is asked for.
    /// </summary>
    IReadOnlyList<SelectedField> GetSelectedFields(ObjectType? type = null);
}
