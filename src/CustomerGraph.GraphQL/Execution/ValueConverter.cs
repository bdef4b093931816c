using System.Collections;
using System.Globalization;

namespace CustomerGraph.GraphQL.Execution;

/// <summary>Converts coerced input values (long/double/string/bool, lists, dictionaries) to the CLR type a resolver asks for.</summary>
public static class ValueConverter
{
    public static T? Convert<T>(object? value) => (T?)Convert(value, typeof(T));

    public static object? Convert(object? value, Type target)
    {
        if (value is null)
            return null;
        if (target.IsInstanceOfType(value))
            return value;
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (underlying.IsEnum)
            return value is string name
                ? FindEnumMember(underlying, name)
                    ?? throw new InvalidCastException(
                        $"{underlying.Name} has no member for the value \"{name}\"."
                    )
                : Enum.ToObject(underlying, value);
        if (underlying == typeof(Guid) && value is string guid)
            return Guid.Parse(guid);
        if (
            value is IConvertible && underlying.IsPrimitive
            || underlying == typeof(decimal)
            || underlying == typeof(string)
        )
            return System.Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture);
        if (value is IList list && TryGetElementType(underlying, out var elementType))
        {
            var array = Array.CreateInstance(elementType, list.Count);
            for (var i = 0; i < list.Count; i++)
                array.SetValue(Convert(list[i], elementType), i);
            if (underlying.IsArray || underlying.IsAssignableFrom(array.GetType()))
                return array;
            var typedList = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
            foreach (var item in array)
                typedList.Add(item);
            return typedList;
        }
        throw new InvalidCastException(
            $"Cannot convert a value of type {value.GetType().Name} to {target.Name}."
        );
    }

    /// <summary>
    /// The member of a CLR enum that a GraphQL enum value names: the same name ignoring case, or, failing that, once
    /// underscores are dropped (<c>SERVICE_PROVIDER</c> is <c>ServiceProvider</c>).
    /// </summary>
    public static object? FindEnumMember(Type enumType, string graphName)
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

    internal static bool TryGetElementType(Type type, out Type elementType)
    {
        if (type.IsArray)
        {
            elementType = type.GetElementType()!;
            return true;
        }
        if (
            type.IsGenericType
            && type.GetGenericArguments() is [var argument]
            && type.IsAssignableFrom(typeof(List<>).MakeGenericType(argument))
        )
        {
            elementType = argument;
            return true;
        }
        elementType = typeof(object);
        return false;
    }
}
