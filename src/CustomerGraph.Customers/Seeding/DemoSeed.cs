using Bogus;
using CustomerGraph.Customers.Accounts;
using CustomerGraph.Customers.AssetAssignments;
using CustomerGraph.Customers.Assets;
using CustomerGraph.Customers.Contacts;
using CustomerGraph.Customers.Customers;
using CustomerGraph.Customers.CustomFields;
using CustomerGraph.Customers.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomerGraph.Customers.Seeding;

/// <summary>
/// The demo data set: one account with about 200 customers, 600 contacts, 1,000 assets, 1,500 assignments and two
/// custom fields. A fixed random seed and a fixed clock make every run produce the same rows, ids included.
/// </summary>
public static class DemoSeed
{
    /// <summary>The id of the demo account, which is also the default account.</summary>
    public static readonly Guid DemoAccountId = new("0d9c4b3e-5a7f-4c21-9e80-6b1f2d3a4c5e");

    /// <summary>How many rows of each kind the demo set holds.</summary>
    public const int CustomerCount = 200,
        AssetCount = 1000,
        AssignmentCount = 1500;

    private const int RandomSeed = 20250401;
    private static readonly DateTime Epoch = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    internal static readonly string[] Countries =
    [
        "DK",
        "DE",
        "SE",
        "NO",
        "NL",
        "GB",
        "FR",
        "US",
        "PL",
        "FI",
    ];
    private static readonly string[] Brands =
    [
        "Caterpillar",
        "Volvo",
        "Komatsu",
        "JCB",
        "Hitachi",
        "Liebherr",
        "Bobcat",
    ];
    private static readonly string[] Tiers = ["Bronze", "Silver", "Gold", "Platinum"];

    /// <summary>Adds the demo set for <paramref name="accountId"/> (creating the account) in one save.</summary>
    public static async Task SeedAsync(
        CustomerDbContext db,
        Guid accountId,
        CancellationToken cancellationToken = default
    )
    {
        var faker = new Faker("en") { Random = new Randomizer(RandomSeed) };
        if (!await db.Accounts.AnyAsync(a => a.Id == accountId, cancellationToken))
            db.Accounts.Add(
                new Account
                {
                    Id = accountId,
                    Name = "Demo Fleet Owner",
                    CreatedAt = Epoch,
                }
            );

        var customers = Enumerable
            .Range(1, CustomerCount)
            .Select(i => NewCustomer(faker, accountId, i))
            .ToList();
        db.Customers.AddRange(customers);

        foreach (var customer in customers)
        {
            var count = faker.Random.Int(0, 6);
            for (var i = 0; i < count; i++)
                db.Contacts.Add(NewContact(faker, customer, isPrimary: i == 0));
        }

        var assets = Enumerable.Range(1, AssetCount).Select(i => NewAsset(faker, accountId, i)).ToList();
        db.Assets.AddRange(assets);

        var pairs = new HashSet<(Guid, Guid, AssignmentType)>();
        while (pairs.Count < AssignmentCount)
        {
            var customer = faker.PickRandom(customers);
            var asset = faker.PickRandom(assets);
            var type = faker.PickRandom<AssignmentType>();
            if (!pairs.Add((customer.Id, asset.Id, type)))
                continue;
            db.Assignments.Add(
                new CustomerAssetAssignment
                {
                    Id = faker.Random.Guid(),
                    AccountId = accountId,
                    CustomerId = customer.Id,
                    AssetId = asset.Id,
                    AssignmentType = type,
                    AssignedAt = Later(faker, customer.CreatedAt),
                    Note = faker.Random.Bool(0.2f) ? faker.Lorem.Sentence() : null,
                }
            );
        }

        var tier = new CustomFieldDefinition
        {
            Id = faker.Random.Guid(),
            AccountId = accountId,
            Key = "contractTier",
            Title = "Contract tier",
            Type = CustomFieldType.Dropdown,
            Options = [.. Tiers],
            CreatedAt = Epoch,
            UpdatedAt = Epoch,
            Version = 1,
        };
        var creditLimit = new CustomFieldDefinition
        {
            Id = faker.Random.Guid(),
            AccountId = accountId,
            Key = "creditLimit",
            Title = "Credit limit",
            Type = CustomFieldType.Monetary,
            Currency = "EUR",
            CreatedAt = Epoch,
            UpdatedAt = Epoch,
            Version = 1,
        };
        db.CustomFieldDefinitions.AddRange(tier, creditLimit);
        foreach (var customer in customers.Where(_ => faker.Random.Bool(0.5f)))
        {
            db.CustomFieldValues.Add(NewValue(faker, customer, tier, $"\"{faker.PickRandom(Tiers)}\""));
            if (faker.Random.Bool())
                db.CustomFieldValues.Add(
                    NewValue(faker, customer, creditLimit, (faker.Random.Int(1, 500) * 1000).ToString())
                );
        }
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    internal static Customer NewCustomer(Faker faker, Guid accountId, int number)
    {
        var name = faker.Company.CompanyName();
        var created = Epoch.AddMinutes(faker.Random.Int(0, 365 * 24 * 60));
        return new Customer
        {
            Id = faker.Random.Guid(),
            AccountId = accountId,
            Name = name,
            // Distributor came later: leaving it out keeps the deterministic demo data as it always was.
            Type = faker.Random.Enum(CustomerType.Distributor),
            Description = faker.Random.Bool(0.3f) ? faker.Company.CatchPhrase() : null,
            ExternalReference = $"CUST-{number:D7}",
            Email = faker.Internet.Email(provider: "example.com"),
            PhoneNumber = "+45" + faker.Random.ReplaceNumbers("########"),
            Website = $"https://{faker.Internet.DomainWord()}.example.com",
            Address = new Address
            {
                StreetAddress = faker.Address.StreetAddress(),
                PostalCode = faker.Address.ZipCode("#####"),
                City = faker.Address.City(),
                Country = faker.PickRandom(Countries),
            },
            CreatedAt = created,
            UpdatedAt = Later(faker, created),
            Version = 1,
        };
    }

    private static CustomerContact NewContact(Faker faker, Customer customer, bool isPrimary)
    {
        var type = faker.Random.WeightedRandom(
            [ContactType.Person, ContactType.Department, ContactType.CallCenter],
            [0.8f, 0.15f, 0.05f]
        );
        return new CustomerContact
        {
            Id = faker.Random.Guid(),
            AccountId = customer.AccountId,
            CustomerId = customer.Id,
            Name = type == ContactType.Person ? faker.Name.FullName() : $"{faker.Commerce.Department()} desk",
            Type = type,
            Role = type == ContactType.Person ? faker.Name.JobTitle() : null,
            Email = faker.Internet.Email(provider: "example.com"),
            PhoneNumber = "+45" + faker.Random.ReplaceNumbers("########"),
            IsPrimary = isPrimary,
            CreatedAt = customer.CreatedAt,
            UpdatedAt = customer.CreatedAt,
            Version = 1,
        };
    }

    private static Asset NewAsset(Faker faker, Guid accountId, int number)
    {
        var type = faker.PickRandom<AssetType>();
        return new Asset
        {
            Id = faker.Random.Guid(),
            AccountId = accountId,
            Name = $"{type} {number:D4}",
            SerialNumber = faker.Random.Replace("??########").ToUpperInvariant(),
            Brand = faker.PickRandom(Brands),
            Model = faker.Random.Replace("??-###").ToUpperInvariant(),
            ProductionYear = faker.Random.Int(2005, 2025),
            AssetType = type,
        };
    }

    private static CustomFieldValue NewValue(
        Faker faker,
        Customer customer,
        CustomFieldDefinition definition,
        string json
    ) =>
        new()
        {
            Id = faker.Random.Guid(),
            AccountId = customer.AccountId,
            CustomerId = customer.Id,
            DefinitionId = definition.Id,
            Value = json,
            UpdatedAt = customer.UpdatedAt,
        };

    private static DateTime Later(Faker faker, DateTime start) =>
        start.AddMinutes(faker.Random.Int(0, 90 * 24 * 60));
}
