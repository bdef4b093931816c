using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Execution;

/// <summary>
/// Turns coerced input values into the CLR types resolvers ask for: input objects into records or classes (through
/// the public constructor with the most parameters, then settable properties, names matched case-insensitively),
/// enums by name, lists by element, and optional wrappers (<see cref="Optional{T}"/> and those registered) that
/// keep an absent field apart from a null one. At start-up it checks that a CLR type can receive an input type.
/// </summary>
internal sealed class InputBinder
{
    private readonly HashSet<Type> _optionalWrappers = [typeof(Optional<>)];
    private readonly ConcurrentDictionary<Type, ObjectPlan> _plans = new();
    private readonly ConcurrentDictionary<Type, MethodInfo> _wrapMethods = new();

    /// <summary>Registers a generic struct whose default is "absent" and whose static <c>Of(T)</c> wraps a given value.</summary>
    public string? AddOptionalWrapper(Type openGenericType)
    {
        if (
            !openGenericType.IsGenericTypeDefinition
            || !openGenericType.IsValueType
            || openGenericType.GetGenericArguments().Length != 1
        )
            return $"Cannot use {openGenericType.Name} as an optional wrapper: it must be a generic struct of one type argument whose default means \"absent\".";
        var argument = openGenericType.GetGenericArguments()[0];
        if (
            openGenericType.GetMethod("Of", BindingFlags.Public | BindingFlags.Static, [argument])
                is not { } of
            || of.ReturnType != openGenericType.MakeGenericType(argument)
        )
            return $"Cannot use {openGenericType.Name} as an optional wrapper: it has no public static Of(T) returning it.";
        _optionalWrappers.Add(openGenericType);
        return null;
    }

    /// <summary>A given value (possibly null) converted to <paramref name="target"/>.</summary>
    public object? Convert(object? value, Type target)
    {
        if (IsOptional(target, out var inner))
            return Wrap(target, Convert(value, inner));
        if (value is null)
            return target.IsValueType && Nullable.GetUnderlyingType(target) is null
                ? Activator.CreateInstance(target)
                : null;
        if (target.IsInstanceOfType(value))
            return value;
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (value is IReadOnlyDictionary<string, object?> fields)
            return PlanFor(underlying).Create(fields, this);
        if (value is IList list && ValueConverter.TryGetElementType(underlying, out var elementType))
        {
            var array = Array.CreateInstance(elementType, list.Count);
            for (var i = 0; i < list.Count; i++)
                array.SetValue(Convert(list[i], elementType), i);
            if (underlying.IsAssignableFrom(array.GetType()))
                return array;
            var typedList = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
            foreach (var item in array)
                typedList.Add(item);
            return typedList;
        }
        return ValueConverter.Convert(value, underlying);
    }

    /// <summary>Reports every way <paramref name="clrType"/> cannot receive values of <paramref name="type"/>.</summary>
    public void Check(InputObjectType type, Type clrType, List<GraphQLError> errors) =>
        Check(type, clrType, errors, []);

    private void Check(
        InputObjectType type,
        Type clrType,
        List<GraphQLError> errors,
        HashSet<(InputObjectType, Type)> checkedPairs
    )
    {
        if (!checkedPairs.Add((type, clrType)))
            return;
        if (FindConstructor(clrType) is null)
        {
            errors.Add(
                new GraphQLError(
                    $"Cannot bind input type \"{type.Name}\" to {clrType.Name}: it has no public constructor."
                )
            );
            return;
        }
        var plan = PlanFor(clrType);
        foreach (var field in type.Fields)
        {
            var coordinate = $"{type.Name}.{field.Name}";
            if (!plan.Members.TryGetValue(field.Name, out var member))
                errors.Add(
                    new GraphQLError(
                        $"Input field \"{coordinate}\" has no constructor parameter or settable property on {clrType.Name}."
                    )
                );
            else
                CheckFits(
                    field.Type,
                    member.Type,
                    coordinate,
                    $"{clrType.Name}.{member.Name}",
                    errors,
                    checkedPairs
                );
        }
        foreach (var member in plan.Members.Values)
            if (
                member.IsRequired
                && !IsOptional(member.Type, out _)
                && !type.Fields.Any(field =>
                    field.Name.Equals(member.Name, StringComparison.OrdinalIgnoreCase)
                )
            )
                errors.Add(
                    new GraphQLError(
                        $"{clrType.Name}.{member.Name} is required but input type \"{type.Name}\" has no field \"{member.Name}\"."
                    )
                );
    }

    private void CheckFits(
        GraphQLType type,
        Type clrType,
        string coordinate,
        string member,
        List<GraphQLError> errors,
        HashSet<(InputObjectType, Type)> checkedPairs
    )
    {
        if (IsOptional(clrType, out var inner))
            clrType = inner;
        var underlying = Nullable.GetUnderlyingType(clrType) ?? clrType;
        if (underlying == typeof(object))
            return;
        type = type.Nullable;
        var fits = type switch
        {
            ListType list => ValueConverter.TryGetElementType(underlying, out var element)
                && underlying != typeof(string),
            EnumType => underlying.IsEnum || underlying == typeof(string),
            ScalarType { Name: "String" } => underlying == typeof(string),
            ScalarType { Name: "Boolean" } => underlying == typeof(bool),
            ScalarType { Name: "Int" } => underlying == typeof(int)
                || underlying == typeof(long)
                || underlying == typeof(double)
                || underlying == typeof(decimal),
            ScalarType { Name: "Float" } => underlying == typeof(double)
                || underlying == typeof(float)
                || underlying == typeof(decimal),
            ScalarType { Name: "ID" } => underlying == typeof(string) || underlying == typeof(Guid),
            ScalarType => true,
            _ => underlying.IsAssignableFrom(typeof(Dictionary<string, object?>))
                || !underlying.IsPrimitive && !underlying.IsEnum && underlying != typeof(string),
        };
        if (!fits)
        {
            errors.Add(
                new GraphQLError(
                    $"Input field \"{coordinate}\" of type \"{type}\" cannot be received by {member} of type {clrType.Name}."
                )
            );
            return;
        }
        switch (type)
        {
            case ListType list:
                ValueConverter.TryGetElementType(underlying, out var elementType);
                CheckFits(list.OfType, elementType, coordinate, member, errors, checkedPairs);
                break;
            case EnumType enumType when underlying.IsEnum:
                foreach (var value in enumType.Values)
                    if (ValueConverter.FindEnumMember(underlying, value.Name) is null)
                        errors.Add(
                            new GraphQLError(
                                $"Enum value \"{enumType.Name}.{value.Name}\" of input field \"{coordinate}\" has no member in {underlying.Name}."
                            )
                        );
                break;
            case InputObjectType inputObject
                when !underlying.IsAssignableFrom(typeof(Dictionary<string, object?>)):
                Check(inputObject, underlying, errors, checkedPairs);
                break;
        }
    }

    private bool IsOptional(Type type, out Type valueType)
    {
        if (type.IsGenericType && _optionalWrappers.Contains(type.GetGenericTypeDefinition()))
        {
            valueType = type.GetGenericArguments()[0];
            return true;
        }
        valueType = type;
        return false;
    }

    private object Wrap(Type optionalType, object? value) =>
        _wrapMethods
            .GetOrAdd(
                optionalType,
                static type =>
                    type.GetMethod(
                        "Of",
                        BindingFlags.Public | BindingFlags.Static,
                        [type.GetGenericArguments()[0]]
                    )!
            )
            .Invoke(null, [value])!;

    private ObjectPlan PlanFor(Type type) => _plans.GetOrAdd(type, ObjectPlan.Build);

    private static ConstructorInfo? FindConstructor(Type type) =>
        type.IsValueType && type.GetConstructors().Length == 0
            ? null
            : type.GetConstructors().MaxBy(constructor => constructor.GetParameters().Length);

    /// <summary>A constructor parameter or settable property that receives one input field.</summary>
    private sealed record Member(
        string Name,
        Type Type,
        int ParameterIndex,
        PropertyInfo? Property,
        bool IsRequired
    );

    /// <summary>How to build one CLR type from an input object, found once per type.</summary>
    private sealed class ObjectPlan(
        ConstructorInfo? constructor,
        object?[] defaults,
        Dictionary<string, Member> members
    )
    {
        public Dictionary<string, Member> Members { get; } = members;

        public static ObjectPlan Build(Type type)
        {
            var constructor = FindConstructor(type);
            var parameters = constructor?.GetParameters() ?? [];
            var members = new Dictionary<string, Member>(StringComparer.OrdinalIgnoreCase);
            var defaults = new object?[parameters.Length];
            for (var i = 0; i < parameters.Length; i++)
            {
                var parameter = parameters[i];
                defaults[i] =
                    parameter.HasDefaultValue ? parameter.DefaultValue
                    : parameter.ParameterType.IsValueType ? Activator.CreateInstance(parameter.ParameterType)
                    : null;
                members[parameter.Name!] = new Member(
                    parameter.Name!,
                    parameter.ParameterType,
                    i,
                    null,
                    !parameter.HasDefaultValue
                );
            }
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                if (property.SetMethod is { IsPublic: true } && !members.ContainsKey(property.Name))
                    members[property.Name] = new Member(
                        property.Name,
                        property.PropertyType,
                        -1,
                        property,
                        property.IsDefined(typeof(RequiredMemberAttribute))
                    );
            return new ObjectPlan(constructor, defaults, members);
        }

        public object Create(IReadOnlyDictionary<string, object?> fields, InputBinder binder)
        {
            var arguments = (object?[])defaults.Clone();
            List<(PropertyInfo, object?)>? assignments = null;
            foreach (var (name, value) in fields)
            {
                if (!Members.TryGetValue(name, out var member))
                    continue;
                var converted = binder.Convert(value, member.Type);
                if (member.Property is null)
                    arguments[member.ParameterIndex] = converted;
                else
                    (assignments ??= []).Add((member.Property, converted));
            }
            var instance =
                constructor?.Invoke(arguments)
                ?? throw new InvalidOperationException("The input type has no public constructor.");
            foreach (var (property, value) in assignments ?? [])
                property.SetValue(instance, value);
            return instance;
        }
    }
}
