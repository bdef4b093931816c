namespace CustomerGraph.GraphQL.Federation;

/// <summary>
/// The definitions of the federation v2 specification by the minor version that introduced them: what a subgraph may
/// import from <c>https://specs.apollo.dev/federation/v2.x</c>. Argument types name the spec's own types by their
/// local spelling (<c>{FieldSet}</c>, <c>{Scope}</c>, <c>{Policy}</c>), filled in once the link's names are known.
/// </summary>
internal static class FederationSpec
{
    public const string UrlPrefix = "https://specs.apollo.dev/federation/v";

    /// <summary>The newest minor version of v2 that the pinned composer accepts (and this engine implements).</summary>
    public const int NewestMinorVersion = 9;

    private const string TypeSystemLocations =
        "FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION";
    private const string AccessLocations = "FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM";

    /// <summary>A directive of the spec: its arguments (as SDL), whether it is repeatable, where it applies.</summary>
    public sealed record Directive(
        string Name,
        int Since,
        string Arguments,
        bool Repeatable,
        string Locations
    );

    public static readonly Directive[] Directives =
    [
        new("key", 0, "(fields: {FieldSet}!, resolvable: Boolean = true)", true, "OBJECT | INTERFACE"),
        new("requires", 0, "(fields: {FieldSet}!)", false, "FIELD_DEFINITION"),
        new("provides", 0, "(fields: {FieldSet}!)", false, "FIELD_DEFINITION"),
        new("external", 0, "", false, "OBJECT | FIELD_DEFINITION"),
        new("shareable", 0, "", true, "OBJECT | FIELD_DEFINITION"),
        new("extends", 0, "", false, "OBJECT | INTERFACE"),
        new("override", 0, "(from: String!, label: String)", false, "FIELD_DEFINITION"),
        new("inaccessible", 0, "", false, TypeSystemLocations),
        new("tag", 0, "(name: String!)", true, TypeSystemLocations + " | SCHEMA"),
        new("composeDirective", 1, "(name: String!)", true, "SCHEMA"),
        new("interfaceObject", 3, "", false, "OBJECT"),
        new("authenticated", 5, "", false, AccessLocations),
        new("requiresScopes", 5, "(scopes: [[{Scope}!]!]!)", false, AccessLocations),
        new("policy", 6, "(policies: [[{Policy}!]!]!)", false, AccessLocations),
        new(
            "cost",
            9,
            "(weight: Int!)",
            false,
            "ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR"
        ),
        new(
            "listSize",
            9,
            "(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true)",
            false,
            "FIELD_DEFINITION"
        ),
    ];

    /// <summary>The spec's scalars and the minor version that introduced each.</summary>
    public static readonly (string Name, int Since)[] Scalars =
    [
        ("FieldSet", 0),
        ("Scope", 5),
        ("Policy", 6),
    ];

    public static Directive? FindDirective(string name) => Array.Find(Directives, d => d.Name == name);

    public static int? ScalarSince(string name) =>
        Array.FindIndex(Scalars, s => s.Name == name) is var index and >= 0 ? Scalars[index].Since : null;
}
