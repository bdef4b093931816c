namespace CustomerGraph.Api.GraphQLHttp;

/// <summary>Where the schema comes from (configuration section <c>GraphQL</c>).</summary>
public sealed class GraphQLServerOptions
{
    public const string Section = "GraphQL";

    /// <summary>Folder of the SDL files (<c>*.graphql</c>, read recursively); relative paths start at the application's folder.</summary>
    public string SchemaDirectory { get; set; } = "schema";
}
