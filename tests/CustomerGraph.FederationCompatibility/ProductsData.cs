namespace CustomerGraph.FederationCompatibility;

/// <summary>The data set the compatibility suite's tests expect of the products subgraph (its COMPATIBILITY.md).</summary>
internal static class ProductsData
{
    public const string UserEmail = "support@apollographql.com";

    public static readonly Dictionary<string, object?> DeprecatedProduct = new()
    {
        ["sku"] = "apollo-federation-v1",
        ["package"] = "@apollo/federation-v1",
        ["reason"] = "Migrate to Federation V2",
    };

    public static readonly Dictionary<string, object?>[] Products =
    [
        new()
        {
            ["id"] = "apollo-federation",
            ["sku"] = "federation",
            ["package"] = "@apollo/federation",
            ["variation"] = "OSS",
        },
        new()
        {
            ["id"] = "apollo-studio",
            ["sku"] = "studio",
            ["package"] = "",
            ["variation"] = "platform",
        },
    ];

    public static readonly Dictionary<string, object?>[] Research =
    [
        new()
        {
            ["study"] = new Dictionary<string, object?>
            {
                ["caseNumber"] = "1234",
                ["description"] = "Federation Study",
            },
        },
        new()
        {
            ["study"] = new Dictionary<string, object?>
            {
                ["caseNumber"] = "1235",
                ["description"] = "Studio Study",
            },
        },
    ];

    public static readonly Dictionary<string, object?> Inventory = new()
    {
        ["id"] = "apollo-oss",
        ["deprecatedProducts"] = new[] { DeprecatedProduct },
    };

    public static readonly Dictionary<string, object?> Dimensions = new()
    {
        ["size"] = "small",
        ["weight"] = 1.0,
        ["unit"] = "kg",
    };

    /// <summary>The user this subgraph knows: the name it overrides and the products it provides.</summary>
    public static Dictionary<string, object?> User(
        string email,
        int? totalProductsCreated = null,
        int? yearsOfEmployment = null
    ) =>
        new()
        {
            ["email"] = email,
            ["name"] = "Jane Smith",
            ["totalProductsCreated"] = totalProductsCreated ?? 1337,
            ["yearsOfEmployment"] = yearsOfEmployment,
        };
}
