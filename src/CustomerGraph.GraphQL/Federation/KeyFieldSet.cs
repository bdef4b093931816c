using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Federation;

/// <summary>
/// One <c>@key(fields:)</c> of an entity: the field set as written (<c>"sku variation { id }"</c>) and parsed into
/// field names with their nested field sets.
/// </summary>
internal sealed class KeyFieldSet
{
    private KeyFieldSet(string text, bool resolvable, IReadOnlyList<KeyField> fields)
    {
        Text = text;
        IsResolvable = resolvable;
        Fields = fields;
    }

    /// <summary>The field set as written in <c>@key(fields:)</c>.</summary>
    public string Text { get; }

    /// <summary>False for <c>resolvable: false</c>: the gateway never sends representations by this key.</summary>
    public bool IsResolvable { get; }

    public IReadOnlyList<KeyField> Fields { get; }

    /// <summary>A field of a field set, with the field set selected below it (empty for leaves).</summary>
    public sealed record KeyField(string Name, IReadOnlyList<KeyField> Selections);

    /// <summary>Parses <paramref name="text"/>; returns null and a reason when it is no field set.</summary>
    public static KeyFieldSet? Parse(string text, bool resolvable, out string? problem)
    {
        problem = null;
        DocumentNode document;
        try
        {
            document = Parser.Parse("{" + text + "}");
        }
        catch (Errors.GraphQLSyntaxException exception)
        {
            problem = $"it is not a selection of fields ({exception.Error.Message}).";
            return null;
        }
        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet;
        var fields = ReadFields(selections, ref problem);
        return problem is null ? new KeyFieldSet(text, resolvable, fields) : null;
    }

    private static List<KeyField> ReadFields(SelectionSetNode selectionSet, ref string? problem)
    {
        var fields = new List<KeyField>();
        foreach (var selection in selectionSet.Selections)
        {
            if (selection is not FieldNode { Alias: null, Arguments.Count: 0, Directives.Count: 0 } field)
            {
                problem ??=
                    "a key is a selection of fields without aliases, arguments, directives or fragments.";
                continue;
            }
            fields.Add(
                new KeyField(
                    field.Name.Value,
                    field.SelectionSet is { } nested ? ReadFields(nested, ref problem) : []
                )
            );
        }
        return fields;
    }

    /// <summary>Why the field set does not select fields of <paramref name="type"/>; null when it does.</summary>
    public string? ProblemOn(ComplexType type) => ProblemOn(type, Fields, type.Name);

    private static string? ProblemOn(ComplexType type, IReadOnlyList<KeyField> fields, string path)
    {
        foreach (var keyField in fields)
        {
            var field = type.GetField(keyField.Name);
            if (field is null)
                return $"type \"{type.Name}\" has no field \"{keyField.Name}\".";
            var fieldType = field.Type.Unwrapped;
            if (keyField.Selections.Count == 0)
            {
                if (fieldType is ComplexType or UnionType)
                    return $"\"{path}.{keyField.Name}\" is of type \"{fieldType.Name}\" and needs a selection of its fields.";
                continue;
            }
            if (fieldType is not ComplexType nested)
                return $"\"{path}.{keyField.Name}\" is of type \"{fieldType.Name}\" and has no fields to select.";
            if (ProblemOn(nested, keyField.Selections, $"{path}.{keyField.Name}") is { } problem)
                return problem;
        }
        return null;
    }

    /// <summary>True when <paramref name="representation"/> carries a value for every field of the set.</summary>
    public bool IsPresentIn(IReadOnlyDictionary<string, object?> representation) =>
        ArePresent(representation, Fields);

    private static bool ArePresent(
        IReadOnlyDictionary<string, object?> values,
        IReadOnlyList<KeyField> fields
    )
    {
        foreach (var field in fields)
        {
            if (!values.TryGetValue(field.Name, out var value))
                return false;
            if (field.Selections.Count == 0)
                continue;
            if (value is IReadOnlyDictionary<string, object?> nested && !ArePresent(nested, field.Selections))
                return false;
        }
        return true;
    }
}
