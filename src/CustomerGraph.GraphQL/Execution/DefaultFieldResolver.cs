using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace CustomerGraph.GraphQL.Execution;

/// <summary>
/// Resolves a field with no bound resolver: the parent's same-named dictionary entry or public property
/// (case-insensitive). Property getters are compiled once per CLR type and name, never reflected per request.
/// </summary>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> Getters = new();

    public static object? Resolve(object? parent, string fieldName) =>
        parent switch
        {
            null => null,
            IReadOnlyDictionary<string, object?> readOnly => readOnly.GetValueOrDefault(fieldName),
            IDictionary<string, object?> dictionary => dictionary.TryGetValue(fieldName, out var value)
                ? value
                : null,
            _ => GetterFor(parent.GetType(), fieldName) is { } getter ? getter(parent) : null,
        };

    /// <summary>The compiled getter for a property, or null when the type has no such property.</summary>
    public static Func<object, object?>? GetterFor(Type type, string fieldName) =>
        Getters.GetOrAdd((type, fieldName), static key => CompileGetter(key.Item1, key.Item2));

    /// <summary>The property a field of that name would read, for start-up binding checks.</summary>
    public static PropertyInfo? FindProperty(Type type, string fieldName) =>
        type.GetProperty(fieldName, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);

    private static Func<object, object?>? CompileGetter(Type type, string fieldName)
    {
        var property = FindProperty(type, fieldName);
        if (property?.GetMethod is null || property.GetIndexParameters().Length > 0)
            return null;
        var instance = Expression.Parameter(typeof(object), "instance");
        var body = Expression.Convert(
            Expression.Property(Expression.Convert(instance, type), property),
            typeof(object)
        );
        return Expression.Lambda<Func<object, object?>>(body, instance).Compile();
    }
}
