namespace CustomerGraph.GraphQL.Types;

/// <summary>Directive locations as SDL and introspection spell them (<c>FIELD_DEFINITION</c>).</summary>
public static class DirectiveLocationNames
{
    private static readonly string[] Names =
    [
        "QUERY",
        "MUTATION",
        "SUBSCRIPTION",
        "FIELD",
        "FRAGMENT_DEFINITION",
        "FRAGMENT_SPREAD",
        "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION",
        "SCHEMA",
        "SCALAR",
        "OBJECT",
        "FIELD_DEFINITION",
        "ARGUMENT_DEFINITION",
        "INTERFACE",
        "UNION",
        "ENUM",
        "ENUM_VALUE",
        "INPUT_OBJECT",
        "INPUT_FIELD_DEFINITION",
    ];

    private static readonly Dictionary<string, DirectiveLocation> ByName = Names
        .Select((name, index) => (name, location: (DirectiveLocation)index))
        .ToDictionary(pair => pair.name, pair => pair.location, StringComparer.Ordinal);

    /// <summary>The SDL name of the location: <c>DirectiveLocation.FieldDefinition</c> → <c>FIELD_DEFINITION</c>.</summary>
    public static string ToName(this DirectiveLocation location) => Names[(int)location];

    /// <summary>Parses an SDL location name; false for names that are not directive locations.</summary>
    public static bool TryParse(string name, out DirectiveLocation location) =>
        ByName.TryGetValue(name, out location);
}
