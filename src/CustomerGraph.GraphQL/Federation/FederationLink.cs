using System.Globalization;
using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Federation;

/// <summary>
/// The schema's <c>@link(url: "https://specs.apollo.dev/federation/v2.x", as:, import:)</c>: the federation version and
/// the name each federation directive and type has in this subgraph (imported, renamed on import, or namespaced as
/// <c>federation__key</c>, with <c>as:</c> changing the namespace).
/// </summary>
public sealed class FederationLink
{
    private readonly Dictionary<string, string> _imports;

    private FederationLink(int minorVersion, string namespacePrefix, Dictionary<string, string> imports)
    {
        MinorVersion = minorVersion;
        Namespace = namespacePrefix;
        _imports = imports;
    }

    /// <summary>The minor version of federation v2 the schema links (3 for v2.3).</summary>
    public int MinorVersion { get; }

    /// <summary>The prefix of names that are not imported (<c>federation</c> unless renamed with <c>as:</c>).</summary>
    public string Namespace { get; }

    /// <summary>The version as written in the URL: <c>v2.3</c>.</summary>
    public string Version => "v2." + MinorVersion.ToString(CultureInfo.InvariantCulture);

    /// <summary>The local name (without <c>@</c>) of the federation directive <paramref name="specName"/>, e.g. <c>key</c>.</summary>
    public string DirectiveName(string specName) =>
        _imports.TryGetValue("@" + specName, out var local) ? local[1..] : $"{Namespace}__{specName}";

    /// <summary>The local name of the federation type <paramref name="specName"/>, e.g. <c>FieldSet</c>.</summary>
    public string TypeName(string specName) =>
        _imports.TryGetValue(specName, out var local) ? local : $"{Namespace}__{specName}";

    /// <summary>Finds the federation link among the schema definitions and extensions of the documents.</summary>
    internal static FederationLink Read(IReadOnlyList<DocumentNode> documents, List<GraphQLError> errors)
    {
        DirectiveNode? found = null;
        foreach (var document in documents)
        foreach (var definition in document.Definitions)
        {
            var directives = definition switch
            {
                SchemaDefinitionNode schema => schema.Directives,
                SchemaExtensionNode extension => extension.Directives,
                _ => [],
            };
            foreach (var directive in directives)
            {
                if (directive.Name.Value != "link" || !IsFederationUrl(StringArgument(directive, "url")))
                    continue;
                if (found is not null)
                    errors.Add(
                        Error("The schema links the federation specification more than once.", directive)
                    );
                found ??= directive;
            }
        }
        if (found is null)
        {
            errors.Add(
                new GraphQLError(
                    $"The schema has no @link to the federation specification: add extend schema @link(url: \"{FederationSpec.UrlPrefix}2.{FederationSpec.NewestMinorVersion}\", import: [\"@key\"])."
                )
            );
            return new FederationLink(FederationSpec.NewestMinorVersion, "federation", []);
        }
        return FromDirective(found, errors);
    }

    private static FederationLink FromDirective(DirectiveNode link, List<GraphQLError> errors)
    {
        var url = StringArgument(link, "url")!;
        var version = url[FederationSpec.UrlPrefix.Length..].TrimEnd('/');
        var minor = FederationSpec.NewestMinorVersion;
        if (
            !version.StartsWith("2.", StringComparison.Ordinal)
            || !int.TryParse(version[2..], NumberStyles.None, CultureInfo.InvariantCulture, out minor)
            || minor > FederationSpec.NewestMinorVersion
        )
        {
            errors.Add(
                Error(
                    $"Federation version \"v{version}\" is not supported: this engine implements v2.0 to v2.{FederationSpec.NewestMinorVersion}.",
                    link
                )
            );
            minor = FederationSpec.NewestMinorVersion;
        }
        var namespacePrefix = StringArgument(link, "as") ?? "federation";
        var imports = new Dictionary<string, string>(StringComparer.Ordinal);
        var importList = link.Arguments.FirstOrDefault(a => a.Name.Value == "import")?.Value;
        var items = importList switch
        {
            ListValueNode list => list.Values,
            null => [],
            _ => [importList],
        };
        foreach (var item in items)
        {
            var (name, local) = item switch
            {
                StringValueNode s => (s.Value, s.Value),
                ObjectValueNode o => (FieldString(o, "name"), FieldString(o, "as") ?? FieldString(o, "name")),
                _ => (null, null),
            };
            if (name is null || local is null)
            {
                errors.Add(
                    Error(
                        "An @link import must be a name (\"@key\") or an object with a name and an optional as ({ name: \"@key\", as: \"@primaryKey\" }).",
                        item
                    )
                );
                continue;
            }
            if (ImportProblem(name, local, minor) is { } problem)
            {
                errors.Add(Error(problem, item));
                continue;
            }
            imports[name] = local;
        }
        return new FederationLink(minor, namespacePrefix, imports);
    }

    private static string? ImportProblem(string name, string local, int minor)
    {
        var isDirective = name.StartsWith('@');
        if (isDirective != local.StartsWith('@'))
            return $"The @link import \"{name}\" cannot be renamed to \"{local}\": a directive is renamed to a directive and a type to a type.";
        var since = isDirective
            ? FederationSpec.FindDirective(name[1..])?.Since
            : FederationSpec.ScalarSince(name);
        if (since is null)
            return $"The @link import \"{name}\" is not defined by the federation specification.";
        if (since > minor)
            return $"The @link import \"{name}\" is not defined by federation v2.{minor}: it is new in v2.{since}.";
        return null;
    }

    private static bool IsFederationUrl(string? url) =>
        url is not null && url.StartsWith(FederationSpec.UrlPrefix, StringComparison.Ordinal);

    private static string? StringArgument(DirectiveNode directive, string name) =>
        (directive.Arguments.FirstOrDefault(a => a.Name.Value == name)?.Value as StringValueNode)?.Value;

    private static string? FieldString(ObjectValueNode value, string name) =>
        (value.Fields.FirstOrDefault(f => f.Name.Value == name)?.Value as StringValueNode)?.Value;

    private static GraphQLError Error(string message, SyntaxNode node) =>
        new(message, [new SourceLocation(node.Location.Line, node.Location.Column)]);
}
