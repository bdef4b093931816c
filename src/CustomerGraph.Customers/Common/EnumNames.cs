using System.Collections.Concurrent;
using System.Text.Json;

namespace CustomerGraph.Customers.Common;

/// <summary>
/// The one spelling of enum values on both surfaces: the member name in SCREAMING_SNAKE_CASE (RentalCompany →
/// RENTAL_COMPANY), as the graph's SDL writes them and the REST API reads and writes them. Names match exactly.
/// </summary>
public static class EnumNames
{
    private static readonly ConcurrentDictionary<Type, (string Name, object Value)[]> Members = new();

    /// <summary>The naming policy of the rule, for serializers that write enums.</summary>
    public static JsonNamingPolicy Policy { get; } = JsonNamingPolicy.SnakeCaseUpper;

    /// <summary>The name of <paramref name="value"/>.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Policy.ConvertName(value.ToString());

    /// <summary>Every name of <paramref name="enumType"/>, in declaration order.</summary>
    public static IEnumerable<string> All(Type enumType) => MembersOf(enumType).Select(member => member.Name);

    /// <summary>Every name of <typeparamref name="TEnum"/>, in declaration order.</summary>
    public static IEnumerable<string> All<TEnum>()
        where TEnum : struct, Enum => All(typeof(TEnum));

    /// <summary>The member of <paramref name="enumType"/> named <paramref name="name"/>; false for any other text.</summary>
    public static bool TryParse(Type enumType, string name, out object? value)
    {
        foreach (var member in MembersOf(enumType))
        {
            if (member.Name == name)
            {
                value = member.Value;
                return true;
            }
        }
        value = null;
        return false;
    }

    /// <summary>The member of <typeparamref name="TEnum"/> named <paramref name="name"/>; false for any other text.</summary>
    public static bool TryParse<TEnum>(string name, out TEnum value)
        where TEnum : struct, Enum
    {
        var found = TryParse(typeof(TEnum), name, out var member);
        value = found ? (TEnum)member! : default;
        return found;
    }

    /// <summary>The member named <paramref name="name"/>; a name of no member is an <see cref="ArgumentException"/>.</summary>
    public static TEnum Parse<TEnum>(string name)
        where TEnum : struct, Enum =>
        TryParse<TEnum>(name, out var value)
            ? value
            : throw new ArgumentException($"'{name}' names no value of {typeof(TEnum).Name}.", nameof(name));

    private static (string Name, object Value)[] MembersOf(Type enumType) =>
        Members.GetOrAdd(
            enumType,
            type =>
                [
                    .. Enum.GetValues(type)
                        .Cast<object>()
                        .Select(value => (Policy.ConvertName(value.ToString()!), value)),
                ]
        );
}
