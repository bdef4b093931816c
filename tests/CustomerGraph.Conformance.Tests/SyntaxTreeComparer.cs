using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.Conformance.Tests;

/// <summary>
/// Compares two syntax trees by structure: node kinds and every public property, recursively, except source
/// locations, so a document and its printed-then-reparsed form compare equal.
/// </summary>
public static class SyntaxTreeComparer
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> PropertiesByType = new();

    /// <summary>Null when the trees are equal, else the path to the first difference and both values there.</summary>
    public static string? FindDifference(SyntaxNode expected, SyntaxNode actual) =>
        Compare(expected, actual, expected.Kind.ToString());

    private static string? Compare(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
            return expected is null && actual is null ? null : Describe(path, expected, actual);

        if (expected is SyntaxNode expectedNode)
        {
            if (actual is not SyntaxNode actualNode || expectedNode.GetType() != actualNode.GetType())
                return Describe(path, expected.GetType().Name, actual.GetType().Name);
            foreach (var property in PropertiesOf(expectedNode.GetType()))
            {
                var difference = Compare(
                    property.GetValue(expectedNode),
                    property.GetValue(actualNode),
                    $"{path}.{property.Name}"
                );
                if (difference != null)
                    return difference;
            }
            return null;
        }

        if (expected is IList expectedList && expected is not string)
        {
            if (actual is not IList actualList)
                return Describe(path, expected, actual);
            if (expectedList.Count != actualList.Count)
                return Describe($"{path}.Count", expectedList.Count, actualList.Count);
            for (var index = 0; index < expectedList.Count; index++)
            {
                var difference = Compare(expectedList[index], actualList[index], $"{path}[{index}]");
                if (difference != null)
                    return difference;
            }
            return null;
        }

        return expected.Equals(actual) ? null : Describe(path, expected, actual);
    }

    private static PropertyInfo[] PropertiesOf(Type type) =>
        PropertiesByType.GetOrAdd(
            type,
            static t =>
                t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => p.PropertyType != typeof(Location) && p.GetIndexParameters().Length == 0)
                    .OrderBy(p => p.Name, StringComparer.Ordinal)
                    .ToArray()
        );

    private static string Describe(string path, object? expected, object? actual) =>
        $"{path}: {Show(expected)} vs {Show(actual)}";

    private static string Show(object? value) =>
        value switch
        {
            null => "null",
            string text => $"\"{text}\"",
            _ => value.ToString() ?? value.GetType().Name,
        };
}
