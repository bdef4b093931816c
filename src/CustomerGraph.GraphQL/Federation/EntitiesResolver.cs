using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using CustomerGraph.GraphQL.DataLoading;
using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Federation;

/// <summary>
/// <c>Query._entities(representations:)</c>: checks and coerces each representation, dispatches it by
/// <c>__typename</c> to the type's reference resolver through a per-request DataLoader, and answers the entities in
/// the order of the representations. A malformed representation fails its own entry of the list, not the request.
/// </summary>
internal sealed class EntitiesResolver(IReadOnlyDictionary<string, EntitiesResolver.Entity> entities)
{
    /// <summary>The entity types of the schema with their keys and reference resolver (null: the representation itself).</summary>
    public sealed record Entity(
        ComplexType Type,
        IReadOnlyList<KeyFieldSet> Keys,
        ReferenceBatchResolver? Resolver
    );

    private const string EntityTypesItem = "CustomerGraph.GraphQL.Federation.EntityTypes";

    public async ValueTask<object?> ResolveAsync(IResolverContext context)
    {
        var representations =
            context.Arguments.GetValueOrDefault("representations") as IList ?? Array.Empty<object?>();
        var results = new object?[representations.Count];
        var loads = new (int Index, Entity Entity, Task<object?> Load)[representations.Count];
        var loadCount = 0;
        for (var i = 0; i < results.Length; i++)
        {
            var representation = Read(representations[i], out var entity, out var problem);
            if (representation is null)
            {
                results[i] = new GraphQLException(problem!, FederationSubgraph.InvalidRepresentationCode);
                continue;
            }
            var load = entity!.Resolver is null
                ? Task.FromResult<object?>(representation.Fields)
                : LoaderOf(entity, context).LoadAsync(representation, context.CancellationToken);
            loads[loadCount++] = (i, entity, load);
        }
        var types = EntityTypesOf(context);
        for (var l = 0; l < loadCount; l++)
        {
            var (index, entity, load) = loads[l];
            object? value;
            try
            {
                value = await load.ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                value = exception;
            }
            if (value is not null and not Exception && entity.Type is ObjectType objectType)
                types.AddOrUpdate(value, objectType);
            results[index] = value;
        }
        return results;
    }

    /// <summary>The object type of an entity value: the type its representation named, else its <c>__typename</c>.</summary>
    public static ObjectType? ResolveEntityType(object value, IResolverContext context)
    {
        if (EntityTypesOf(context).TryGetValue(value, out var type))
            return type;
        var name = DefaultFieldResolver.Resolve(value, "__typename") as string ?? value.GetType().Name;
        return context.Schema.GetType(name) as ObjectType;
    }

    private static ConditionalWeakTable<object, ObjectType> EntityTypesOf(IResolverContext context)
    {
        lock (context.RequestItems)
        {
            if (context.RequestItems.TryGetValue(EntityTypesItem, out var existing))
                return (ConditionalWeakTable<object, ObjectType>)existing!;
            var created = new ConditionalWeakTable<object, ObjectType>();
            context.RequestItems[EntityTypesItem] = created;
            return created;
        }
    }

    private static FetchBatchDataLoader<EntityRepresentation, object> LoaderOf(
        Entity entity,
        IResolverContext context
    ) =>
        context.DataLoaders.GetOrAdd(
            "federation.entities." + entity.Type.Name,
            scheduler => new FetchBatchDataLoader<EntityRepresentation, object>(
                scheduler,
                async (representations, _) =>
                {
                    var resolved = await entity.Resolver!(representations, context).ConfigureAwait(false);
                    if (resolved.Count != representations.Count)
                        throw new InvalidOperationException(
                            $"The reference resolver of \"{entity.Type.Name}\" returned {resolved.Count} entities for {representations.Count} representations."
                        );
                    var byRepresentation = new Dictionary<EntityRepresentation, object>(
                        representations.Count
                    );
                    for (var i = 0; i < representations.Count; i++)
                        if (resolved[i] is { } value)
                            byRepresentation[representations[i]] = value;
                    return byRepresentation;
                }
            )
        );

    private EntityRepresentation? Read(object? input, out Entity? entity, out string? problem)
    {
        entity = null;
        if (InputCoercion.Normalize(input) is not IReadOnlyDictionary<string, object?> fields)
        {
            problem =
                "A representation must be an object with a \"__typename\" and the fields of one of the entity's keys.";
            return null;
        }
        if (fields.GetValueOrDefault("__typename") is not string typeName)
        {
            problem = "The representation has no \"__typename\" string naming its entity type.";
            return null;
        }
        if (!entities.TryGetValue(typeName, out entity))
        {
            problem =
                $"\"{typeName}\" is not an entity type of this subgraph: no type of that name has a @key.";
            return null;
        }
        var resolvable = entity.Keys.Where(k => k.IsResolvable).ToList();
        if (resolvable.Count == 0)
        {
            problem =
                $"Entity \"{typeName}\" cannot be resolved by this subgraph: each of its keys is resolvable: false.";
            return null;
        }
        var key = resolvable.FirstOrDefault(k => k.IsPresentIn(fields));
        if (key is null)
        {
            problem =
                $"The representation of \"{typeName}\" lacks the fields of each of its keys: "
                + string.Join(", ", resolvable.Select(k => $"\"{k.Text}\""))
                + ".";
            return null;
        }
        problem = null;
        var coerced = new Dictionary<string, object?>(fields.Count, StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            if (name == "__typename")
                continue;
            var field = entity.Type.GetField(name);
            coerced[name] = field is null ? value : Coerce(value, field.Type, name, out problem);
            if (problem is not null)
            {
                problem = $"The representation of \"{typeName}\" has an invalid {problem}";
                return null;
            }
        }
        return new EntityRepresentation(entity.Type, key.Text, coerced, Identity(typeName, coerced));
    }

    /// <summary>Coerces a representation value to a field's output type; <paramref name="problem"/> says why it does not fit.</summary>
    private static object? Coerce(object? value, GraphQLType type, string path, out string? problem)
    {
        problem = null;
        if (type is NonNullType nonNull)
        {
            if (value is null)
            {
                problem = $"\"{path}\": it must not be null (type \"{type}\").";
                return null;
            }
            type = nonNull.OfType;
        }
        if (value is null)
            return null;
        switch (type)
        {
            case ListType list:
                if (value is not IList items || value is string)
                    return new List<object?> { Coerce(value, list.OfType, path, out problem) };
                var coercedItems = new List<object?>(items.Count);
                for (var i = 0; i < items.Count; i++)
                {
                    coercedItems.Add(Coerce(items[i], list.OfType, $"{path}[{i}]", out problem));
                    if (problem is not null)
                        return null;
                }
                return coercedItems;
            case ScalarType scalar:
                var parsed = scalar.ParseValue(value);
                if (!parsed.IsValid)
                    problem = $"\"{path}\": {parsed.Error}";
                return parsed.Value;
            case EnumType enumType:
                if (value is string valueName && enumType.Values.TryGet(valueName) is { } enumValue)
                    return enumValue.Value ?? enumValue.Name;
                problem = $"\"{path}\": \"{enumType.Name}\" has no value {JsValues.Inspect(value)}.";
                return null;
            case ComplexType complex:
                if (value is not IReadOnlyDictionary<string, object?> fields)
                {
                    problem = $"\"{path}\": it must be an object of type \"{complex.Name}\".";
                    return null;
                }
                var coerced = new Dictionary<string, object?>(fields.Count, StringComparer.Ordinal);
                foreach (var (name, fieldValue) in fields)
                {
                    var field = complex.GetField(name);
                    coerced[name] = field is null
                        ? fieldValue
                        : Coerce(fieldValue, field.Type, $"{path}.{name}", out problem);
                    if (problem is not null)
                        return null;
                }
                return coerced;
            default:
                return value;
        }
    }

    /// <summary>A canonical text of the coerced representation: equal representations share one DataLoader key.</summary>
    private static string Identity(string typeName, IReadOnlyDictionary<string, object?> fields)
    {
        var builder = new StringBuilder(typeName);
        Append(builder, fields);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string text:
                builder.Append('"').Append(text.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('"');
                break;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                break;
            case IReadOnlyDictionary<string, object?> fields:
                builder.Append('{');
                foreach (var name in fields.Keys.Order(StringComparer.Ordinal))
                {
                    builder.Append(name).Append(':');
                    Append(builder, fields[name]);
                    builder.Append(',');
                }
                builder.Append('}');
                break;
            case IEnumerable items:
                builder.Append('[');
                foreach (var item in items)
                {
                    Append(builder, item);
                    builder.Append(',');
                }
                builder.Append(']');
                break;
            case IFormattable formattable:
                builder.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                builder.Append(value);
                break;
        }
    }
}
