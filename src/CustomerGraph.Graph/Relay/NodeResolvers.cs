using CustomerGraph.Customers.Assets;
using CustomerGraph.Customers.Contacts;
using CustomerGraph.Customers.Customers;
using CustomerGraph.Customers.CustomFields;
using CustomerGraph.Graph.Assets;
using CustomerGraph.Graph.Contacts;
using CustomerGraph.Graph.Customers;
using CustomerGraph.Graph.CustomFields;
using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.Graph.Relay;

/// <summary>Binds <c>Query.node</c>, <c>Query.nodes</c> and the <c>Node</c> interface's type resolution.</summary>
public static class NodeResolvers
{
    public static void Bind(ResolverBindings bind) =>
        bind.Resolve("Query.node", async context => await LoadAsync(context.Argument<string>("id"), context))
            .Resolve(
                "Query.nodes",
                async context =>
                {
                    var ids = context.Argument<List<string>>("ids") ?? [];
                    var loads = ids.Select(id => LoadAsync(id, context)).ToList();
                    return await Task.WhenAll(loads);
                }
            )
            .ResolveType("Node", (value, context) => context.Schema.GetType(TypeNameOf(value)) as ObjectType);

    /// <summary>The object behind a global id through the request's DataLoaders; null for garbage or unknown ids.</summary>
    private static async Task<object?> LoadAsync(string? globalId, IResolverContext context)
    {
        if (!GlobalId.TryDecode(globalId, out var typeName, out var id))
            return null;
        var token = context.CancellationToken;
        return typeName switch
        {
            "Customer" => await CustomerLoaders.ById(context).LoadAsync(id, token),
            "CustomerContact" => await ContactLoaders.ById(context).LoadAsync(id, token),
            "Asset" => await AssetLoaders.ById(context).LoadAsync(id, token),
            "CustomFieldDefinition" => await CustomFieldLoaders.DefinitionById(context).LoadAsync(id, token),
            _ => null,
        };
    }

    private static string TypeNameOf(object value) =>
        value switch
        {
            Customer => "Customer",
            CustomerContact => "CustomerContact",
            Asset => "Asset",
            CustomFieldDefinition => "CustomFieldDefinition",
            _ => throw new InvalidOperationException($"{value.GetType().Name} is not a Node."),
        };
}
