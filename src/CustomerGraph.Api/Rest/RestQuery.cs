using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace CustomerGraph.Api.Rest;

/// <summary>
/// Reads a list's <c>[AsParameters]</c> record: every parameter that could not be read is a violation naming it, in
/// the record's order, so a list answers 400 with all of them instead of guessing.
/// </summary>
public static class RestQuery
{
    private static readonly ConcurrentDictionary<Type, (string Name, PropertyInfo Property)[]> Parameters =
        new();

    /// <summary>The violations of every <see cref="IQueryParameter"/> of <paramref name="parameters"/>.</summary>
    public static List<RestViolation> Violations<TParameters>(TParameters parameters)
        where TParameters : notnull =>
        [
            .. ParametersOf(typeof(TParameters))
                .SelectMany(parameter =>
                    parameter.Property.GetValue(parameters) is IQueryParameter value
                        ? value.Violations(parameter.Name)
                        : []
                ),
        ];

    /// <summary>The parameters as a JSON object of strings, so domain errors can quote the rejected value.</summary>
    public static JsonElement Json(IQueryCollection query) =>
        JsonSerializer.SerializeToElement(query.ToDictionary(p => p.Key, p => p.Value.ToString()));

    /// <summary>The query name of a record's property: its <see cref="FromQueryAttribute"/> name, or the property's.</summary>
    public static string NameOf(PropertyInfo property) =>
        property.GetCustomAttribute<FromQueryAttribute>()?.Name ?? property.Name;

    private static (string Name, PropertyInfo Property)[] ParametersOf(Type type) =>
        Parameters.GetOrAdd(
            type,
            record =>
                [
                    .. record
                        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
                        .Where(property =>
                            typeof(IQueryParameter).IsAssignableFrom(
                                Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType
                            )
                        )
                        .Select(property => (NameOf(property), property)),
                ]
        );
}
