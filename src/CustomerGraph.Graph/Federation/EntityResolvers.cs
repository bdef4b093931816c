using CustomerGraph.Graph.Assets;
using CustomerGraph.Graph.Common;
using CustomerGraph.Graph.Contacts;
using CustomerGraph.Graph.Customers;
using CustomerGraph.Graph.CustomFields;
using CustomerGraph.Graph.Relay;
using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Federation;

namespace CustomerGraph.Graph.Federation;

/// <summary>
/// The reference resolvers of the customer graph's entities for <c>Query._entities</c>: each key is read as
/// <c>node</c> reads a global id or <c>customer(id:)</c> an entity id, and the entity comes from the same request
/// DataLoader and account-scoped query, so another account's key (or a malformed one) resolves to null and a batch of
/// representations of one type costs one statement.
/// </summary>
public static class EntityResolvers
{
    public static void Bind(ReferenceResolvers references) =>
        references
            .ResolveReference(
                "Customer",
                async (representation, context) =>
                    EntityId(representation, "Customer", "customerId") is { } id
                        ? await CustomerLoaders.ById(context).LoadAsync(id, context.CancellationToken)
                        : null
            )
            .ResolveReference(
                "CustomerContact",
                async (representation, context) =>
                    EntityId(representation, "CustomerContact", "contactId") is { } id
                        ? await ContactLoaders.ById(context).LoadAsync(id, context.CancellationToken)
                        : null
            )
            .ResolveReference(
                "CustomFieldDefinition",
                async (representation, context) =>
                    EntityId(representation, "CustomFieldDefinition", entityIdField: null) is { } id
                        ? await CustomFieldLoaders
                            .DefinitionById(context)
                            .LoadAsync(id, context.CancellationToken)
                        : null
            )
            .ResolveReference(
                "Asset",
                async (representation, context) =>
                    EntityId(representation, "Asset", "assetId") is { } id
                        ? await AssetLoaders.ById(context).LoadAsync(id, context.CancellationToken)
                        : null
            );

    /// <summary>The entity id a representation names: by its global <c>id</c> or by its entity id field.</summary>
    private static Guid? EntityId(EntityRepresentation representation, string typeName, string? entityIdField)
    {
        if (representation.Has("id"))
            return GlobalId.TryDecode(representation.Get<string>("id"), typeName, out var globalId)
                ? globalId
                : null;
        return
            entityIdField is not null
            && EntityIds.TryParse(representation.Get<string>(entityIdField), out var id)
            ? id
            : null;
    }
}
