using System.Collections.Concurrent;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Execution;

/// <summary>
/// The one rule that pairs GraphQL enum values with CLR enum members, used for typed inputs, for CLR enum results
/// and for the start-up check that every value of a bound enum has a member. A rule names the member a GraphQL
/// value means; results are written as the SDL value that names the member, so both directions agree.
/// </summary>
public sealed class EnumNaming(Func<Type, string, object?> memberOf)
{
    private readonly ConcurrentDictionary<(EnumType, Type), Dictionary<object, string>> _names = new();

    /// <summary>
    /// The engine's rule when a graph sets none: the member of the same name ignoring case, or, failing that, once
    /// underscores are dropped (<c>SERVICE_PROVIDER</c> is <c>ServiceProvider</c>).
    /// </summary>
    public static EnumNaming Default { get; } = new(FindByConvention);

    /// <summary>The member of <paramref name="enumType"/> that <paramref name="graphName"/> names, or null.</summary>
    public object? MemberOf(Type enumType, string graphName) => memberOf(enumType, graphName);

    /// <summary>The first value of <paramref name="type"/> that names <paramref name="value"/>, or null.</summary>
    internal string? NameOf(EnumType type, Enum value) =>
        _names
            .GetOrAdd(
                (type, value.GetType()),
                static (key, naming) =>
                {
                    var names = new Dictionary<object, string>();
                    foreach (var definition in key.Item1.Values)
                        if (naming.MemberOf(key.Item2, definition.Name) is { } member)
                            names.TryAdd(member, definition.Name);
                    return names;
                },
                this
            )
            .GetValueOrDefault(value);

    private static object? FindByConvention(Type enumType, string graphName)
    {
        if (
            Enum.TryParse(enumType, graphName, ignoreCase: true, out var exact)
            && Enum.IsDefined(enumType, exact)
        )
            return exact;
        var compact = graphName.Replace("_", "");
        foreach (var name in Enum.GetNames(enumType))
            if (string.Equals(name.Replace("_", ""), compact, StringComparison.OrdinalIgnoreCase))
                return Enum.Parse(enumType, name);
        return null;
    }
}
