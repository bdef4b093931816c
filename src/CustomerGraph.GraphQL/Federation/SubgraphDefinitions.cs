using System.Text;
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Federation;

/// <summary>
/// Writes the definitions the subgraph specification adds to a subgraph's SDL: what the subgraph declares itself
/// (a directive it defines, say) is left alone, and a type the SDL only extends (<c>extend type User @key(…)</c>, as
/// federation allows) gets an empty definition for its extensions to extend.
/// </summary>
internal static class SubgraphDefinitions
{
    public static string Generate(
        IReadOnlyList<DocumentNode> documents,
        FederationLink link,
        IEnumerable<string> entityTypeNames,
        string queryTypeName
    )
    {
        var definedTypes = new HashSet<string>(StringComparer.Ordinal);
        var definedDirectives = new HashSet<string>(StringComparer.Ordinal);
        var extensions = new List<TypeExtensionNode>();
        var objectTypes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case TypeDefinitionNode type:
                    definedTypes.Add(type.Name.Value);
                    if (type is ObjectTypeDefinitionNode)
                        objectTypes.Add(type.Name.Value);
                    break;
                case TypeExtensionNode extension:
                    extensions.Add(extension);
                    if (extension is ObjectTypeExtensionNode)
                        objectTypes.Add(extension.Name.Value);
                    break;
                case DirectiveDefinitionNode directive:
                    definedDirectives.Add(directive.Name.Value);
                    break;
            }
        }

        var sdl = new StringBuilder();
        void Type(string name, string definition)
        {
            if (definedTypes.Add(name))
                sdl.Append(definition).Append('\n');
        }
        void Directive(string name, string rest)
        {
            if (definedDirectives.Add(name))
                sdl.Append("directive @").Append(name).Append(rest).Append('\n');
        }

        Type("_Any", "scalar _Any");
        Type("link__Import", "scalar link__Import");
        Type("link__Purpose", "enum link__Purpose { SECURITY EXECUTION }");
        Directive(
            "link",
            "(url: String!, as: String, for: link__Purpose, import: [link__Import]) repeatable on SCHEMA"
        );
        foreach (var (name, since) in FederationSpec.Scalars)
            if (since <= link.MinorVersion)
                Type(link.TypeName(name), "scalar " + link.TypeName(name));
        foreach (var directive in FederationSpec.Directives)
        {
            if (directive.Since > link.MinorVersion)
                continue;
            var arguments = directive
                .Arguments.Replace("{FieldSet}", link.TypeName("FieldSet"))
                .Replace("{Scope}", link.TypeName("Scope"))
                .Replace("{Policy}", link.TypeName("Policy"));
            // Two definitions changed after v2.0: @shareable became repeatable in v2.2, @override gained label in v2.7.
            if (directive.Name == "override" && link.MinorVersion < 7)
                arguments = "(from: String!)";
            var repeatable =
                directive.Repeatable && (directive.Name != "shareable" || link.MinorVersion >= 2);
            Directive(
                link.DirectiveName(directive.Name),
                $"{arguments}{(repeatable ? " repeatable" : "")} on {directive.Locations}"
            );
        }
        Type("_Service", "type _Service { sdl: String! }");

        foreach (var extension in extensions)
            Type(extension.Name.Value, $"{Keyword(extension)} {extension.Name.Value}");
        Type(queryTypeName, "type " + queryTypeName);

        var members = entityTypeNames.Where(objectTypes.Contains).ToList();
        var rootFields = new StringBuilder("extend type ").Append(queryTypeName).Append(" {\n");
        if (members.Count > 0)
        {
            Type("_Entity", "union _Entity = " + string.Join(" | ", members));
            rootFields.Append("  _entities(representations: [_Any!]!): [_Entity]!\n");
        }
        rootFields.Append("  _service: _Service!\n}\n");
        return sdl.Append(rootFields).ToString();
    }

    private static string Keyword(TypeExtensionNode extension) =>
        extension switch
        {
            ScalarTypeExtensionNode => "scalar",
            ObjectTypeExtensionNode => "type",
            InterfaceTypeExtensionNode => "interface",
            UnionTypeExtensionNode => "union",
            EnumTypeExtensionNode => "enum",
            _ => "input",
        };
}
