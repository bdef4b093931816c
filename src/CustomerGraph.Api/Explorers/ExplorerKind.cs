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
