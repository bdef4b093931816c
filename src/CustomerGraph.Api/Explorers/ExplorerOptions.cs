namespace CustomerGraph.Api.Explorers;

/// <summary>The explorer served to browsers that open the GraphQL endpoint.</summary>
public enum ExplorerKind
{
    /// <summary>GraphiQL: runs fully offline from the files installed by the build.</summary>
    GraphiQL,

    /// <summary>Banana Cake Pop: needs a browser that reaches the internet (it activates itself with its vendor on start).</summary>
    BananaCakePop,

    /// <summary>No explorer at all (production).</summary>
    None,
}

/// <summary>Explorer settings (configuration section <c>GraphQL:Explorer</c>).</summary>
public sealed class ExplorerOptions
{
    public const string Section = "GraphQL:Explorer";

    /// <summary>Which explorer a browser gets at the GraphQL endpoint; GraphiQL also has its own path unless None.</summary>
    public ExplorerKind Kind { get; set; } = ExplorerKind.GraphiQL;

    /// <summary>Where GraphiQL lives besides the endpoint.</summary>
    public string GraphiQLPath { get; set; } = "/graphiql";

    /// <summary>Shown in the page titles.</summary>
    public string Title { get; set; } = "CustomerGraph";
}
