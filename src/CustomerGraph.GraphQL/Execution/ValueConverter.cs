using System.Collections;
using System.Globalization;

namespace CustomerGraph.GraphQL.Execution;

/// <summary>Converts coerced input values (long/double/string/bool, lists, dictionaries) to the CLR type a resolver asks for.</summary>
public static class ValueConverter
{
    /// <summary><paramref name="value"/> converted to <typeparamref name="T"/> (see <see cref="Convert(object?, Type, EnumNaming?)"/>).</summary>
    public static T? Convert<T>(object? value, EnumNaming? enums = null) =>
        (T?)Convert(value, typeof(T), enums);

    /// <summary>
    /// <paramref name="value"/> converted to <paramref name="target"/>; enum names are read with
    /// <paramref name="enums"/>, or <see cref="EnumNaming.Default"/> when none is given.
    /// </summary>
    public static object? Convert(object? value, Type target, EnumNaming? enums = null)
    {
        if (value is null)
            return null;
        if (target.IsInstanceOfType(value))
            return value;
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (underlying.IsEnum)
            return value is string name
                ? (enums ?? EnumNaming.Default).MemberOf(underlying, name)
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
                array.SetValue(Convert(list[i], elementType, enums), i);
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
