using CustomerGraph.Graph.AssetAssignments;
using CustomerGraph.Graph.Assets;
using CustomerGraph.Graph.Contacts;
using CustomerGraph.Graph.Customers;
using CustomerGraph.Graph.CustomFields;
using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.Graph;

/// <summary>Housekeeping over all of a request's DataLoaders.</summary>
public static class RequestLoaders
{
    /// <summary>
    /// Forgets every cached load after a successful change, so the payload (and any later mutation of the same
    /// document) reads the data as it now is, not as an earlier field of the request saw it.
    /// </summary>
    public static void Forget(IResolverContext context)
    {
        CustomerLoaders.ById(context).Clear();
        ContactLoaders.ById(context).Clear();
        ContactLoaders.PageByCustomer(context).Clear();
        ContactLoaders.CountByCustomer(context).Clear();
        AssetLoaders.ById(context).Clear();
        AssignmentLoaders.PageByCustomer(context).Clear();
        AssignmentLoaders.PageByAsset(context).Clear();
        AssignmentLoaders.CountByCustomer(context).Clear();
        AssignmentLoaders.CountByAsset(context).Clear();
        CustomFieldLoaders.ValuesByCustomer(context).Clear();
        CustomFieldLoaders.DefinitionById(context).Clear();
    }
}
