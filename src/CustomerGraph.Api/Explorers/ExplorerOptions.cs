namespace CustomerGraph.Api.Explorers;

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
