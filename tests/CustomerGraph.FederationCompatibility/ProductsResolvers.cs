using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Federation;

namespace CustomerGraph.FederationCompatibility;

/// <summary>The resolvers and reference resolvers of the products subgraph over <see cref="ProductsData"/>.</summary>
internal static class ProductsResolvers
{
    public static void Bind(ResolverBindings bind) =>
        bind.Resolve(
                "Query.product",
                context =>
                    new(
                        ProductsData.Products.FirstOrDefault(p =>
                            Equals(p["id"], context.Argument<string>("id"))
                        )
                    )
            )
            .Resolve(
                "Query.deprecatedProduct",
                context =>
                    new(
                        IsDeprecatedProduct(
                            context.Argument<string>("sku"),
                            context.Argument<string>("package")
                        )
                            ? ProductsData.DeprecatedProduct
                            : null
                    )
            )
            .Resolve(
                "Product.variation",
                context =>
                    new(new Dictionary<string, object?> { ["id"] = Field(context.Parent, "variation") })
            )
            .Resolve("Product.dimensions", _ => new(ProductsData.Dimensions))
            .Resolve("Product.createdBy", _ => new(ProductsData.User(ProductsData.UserEmail)))
            .Resolve(
                "Product.research",
                context =>
                    new(
                        Field(context.Parent, "id") switch
                        {
                            "apollo-federation" => new[] { ProductsData.Research[0] },
                            "apollo-studio" => new[] { ProductsData.Research[1] },
                            _ => [],
                        }
                    )
            )
            .Resolve("DeprecatedProduct.createdBy", _ => new(ProductsData.User(ProductsData.UserEmail)))
            .Resolve(
                "User.averageProductsCreatedPerYear",
                context =>
                {
                    // The @requires fields arrive in the representation: the suite checks they are passed in.
                    if (Field(context.Parent, "email") is not ProductsData.UserEmail)
                        throw new GraphQLException(
                            $"user.email was not '{ProductsData.UserEmail}'",
                            "BAD_USER"
                        );
                    var total = Field(context.Parent, "totalProductsCreated") as int?;
                    var years = Field(context.Parent, "yearsOfEmployment") as int?;
                    return new(
                        total is null || years is null or 0
                            ? null
                            : (int)Math.Round((double)total.Value / years.Value)
                    );
                }
            );

    public static void BindReferences(ReferenceResolvers references) =>
        references
            .ResolveReference("Product", (representation, _) => new(FindProduct(representation)))
            .ResolveReference(
                "DeprecatedProduct",
                (representation, _) =>
                    new(
                        IsDeprecatedProduct(
                            representation.Get<string>("sku"),
                            representation.Get<string>("package")
                        )
                            ? ProductsData.DeprecatedProduct
                            : null
                    )
            )
            .ResolveReference(
                "ProductResearch",
                (representation, _) =>
                    new(
                        ProductsData.Research.FirstOrDefault(r =>
                            Equals(
                                Field(r["study"], "caseNumber"),
                                representation.GetObject("study")?["caseNumber"]
                            )
                        )
                    )
            )
            .ResolveReference(
                "User",
                (representation, _) =>
                    new(
                        ProductsData.User(
                            representation.Get<string>("email")!,
                            representation.Get<int?>("totalProductsCreated"),
                            representation.Get<int?>("yearsOfEmployment")
                        )
                    )
            )
            .ResolveReference(
                "Inventory",
                (representation, _) =>
                    new(
                        Equals(representation.Get<string>("id"), ProductsData.Inventory["id"])
                            ? ProductsData.Inventory
                            : null
                    )
            );

    private static Dictionary<string, object?>? FindProduct(EntityRepresentation representation) =>
        representation.Key switch
        {
            "id" => ProductsData.Products.FirstOrDefault(p =>
                Equals(p["id"], representation.Get<string>("id"))
            ),
            "sku package" => ProductsData.Products.FirstOrDefault(p =>
                Equals(p["sku"], representation.Get<string>("sku"))
                && Equals(p["package"], representation.Get<string>("package"))
            ),
            _ => ProductsData.Products.FirstOrDefault(p =>
                Equals(p["sku"], representation.Get<string>("sku"))
                && Equals(p["variation"], representation.GetObject("variation")?["id"])
            ),
        };

    private static bool IsDeprecatedProduct(string? sku, string? package) =>
        sku == (string?)ProductsData.DeprecatedProduct["sku"]
        && package == (string?)ProductsData.DeprecatedProduct["package"];

    private static object? Field(object? parent, string name) => DefaultFieldResolver.Resolve(parent, name);
}
