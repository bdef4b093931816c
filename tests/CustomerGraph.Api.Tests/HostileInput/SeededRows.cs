namespace CustomerGraph.Api.Tests;

/// <summary>
/// Existing rows the cases aim at, so a refused change has something it could have damaged: a customer, one of its
/// contacts, an asset, and another customer of the same account (whose path must not reach that contact).
/// </summary>
public sealed record SeededRows(Guid CustomerId, Guid ContactId, Guid AssetId, Guid OtherCustomerId)
{
    public const string Customer = "SEEDED-CUSTOMER-ID";
    public const string Contact = "SEEDED-CONTACT-ID";
    public const string Asset = "SEEDED-ASSET-ID";
    public const string OtherCustomer = "OTHER-CUSTOMER-ID";

    public string Fill(string text) =>
        text.Replace(Customer, CustomerId.ToString("D"))
            .Replace(Contact, ContactId.ToString("D"))
            .Replace(Asset, AssetId.ToString("D"))
            .Replace(OtherCustomer, OtherCustomerId.ToString("D"));
}
