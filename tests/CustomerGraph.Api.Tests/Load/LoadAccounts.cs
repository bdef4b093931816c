using System.Collections.Concurrent;

namespace CustomerGraph.Api.Tests;

/// <summary>
/// One account's side of the load run: the rows it had before (the demo seed for A, none for B) and every write the
/// server acknowledged to it. Every text the account writes starts with its <see cref="Marker"/>, so an answer to
/// the other account that carries it is a leak even before the write is acknowledged.
/// </summary>
public sealed class LoadAccount(string name, Guid id)
{
    private readonly List<LoadCustomer> _customers = [];
    private readonly List<LoadContact> _contacts = [];
    private HashSet<Guid> _seeded = [];
    private int _unknownCreates;
    private int _unknownContacts;

    /// <summary>"A" or "B".</summary>
    public string Name => name;

    public Guid Id => id;

    public string Marker => $"Load-{name} ";

    /// <summary>The account whose rows this one must never see.</summary>
    public LoadAccount Other { get; set; } = null!;

    /// <summary>The customers it had before the run (set once, before the run starts).</summary>
    public IReadOnlyList<Guid> SeededCustomers { get; private set; } = [];

    /// <summary>The contacts it had before the run, each with its customer.</summary>
    public IReadOnlyList<(Guid Contact, Guid Customer)> SeededContacts { get; private set; } = [];

    /// <summary>The customers it was acknowledged to create, by id.</summary>
    public ConcurrentDictionary<Guid, LoadCustomer> Customers { get; } = new();

    /// <summary>The contacts it was acknowledged to create, by id.</summary>
    public ConcurrentDictionary<Guid, LoadContact> Contacts { get; } = new();

    /// <summary>Creates whose answer never came (a transport failure): they may or may not have happened.</summary>
    public int UnknownCreates => Volatile.Read(ref _unknownCreates);

    public int UnknownContacts => Volatile.Read(ref _unknownContacts);

    /// <summary>Whether the id names a row of this account the other account could learn of.</summary>
    public bool Owns(Guid id) =>
        _seeded.Contains(id) || Customers.ContainsKey(id) || Contacts.ContainsKey(id);

    public void Seed(IReadOnlyList<Guid> customers, IReadOnlyList<(Guid Contact, Guid Customer)> contacts)
    {
        SeededCustomers = customers;
        SeededContacts = contacts;
        _seeded = [.. customers, .. contacts.Select(contact => contact.Contact)];
    }

    public void Acknowledge(LoadCustomer customer)
    {
        Customers[customer.Id] = customer;
        lock (_customers)
            _customers.Add(customer);
    }

    public void Acknowledge(LoadContact contact)
    {
        Contacts[contact.Id] = contact;
        lock (_contacts)
            _contacts.Add(contact);
    }

    public void CreateUnknown() => Interlocked.Increment(ref _unknownCreates);

    public void ContactUnknown() => Interlocked.Increment(ref _unknownContacts);

    /// <summary>
    /// A customer it created: among the last few when <paramref name="recent"/> (so concurrent updates meet), or
    /// any; null before the first is acknowledged.
    /// </summary>
    public LoadCustomer? PickCustomer(Random random, bool recent)
    {
        lock (_customers)
        {
            if (_customers.Count == 0)
                return null;
            var from = recent ? Math.Max(0, _customers.Count - 16) : 0;
            return _customers[random.Next(from, _customers.Count)];
        }
    }

    public LoadContact? PickContact(Random random)
    {
        lock (_contacts)
            return _contacts.Count == 0 ? null : _contacts[random.Next(_contacts.Count)];
    }

    /// <summary>A customer of this account, created or seeded, for the other account to try to read.</summary>
    public Guid? PickAnyCustomer(Random random)
    {
        if (random.Next(2) == 0 && SeededCustomers.Count > 0)
            return SeededCustomers[random.Next(SeededCustomers.Count)];
        return PickCustomer(random, recent: false)?.Id;
    }

    /// <summary>A contact of this account with its customer, created or seeded.</summary>
    public (Guid Contact, Guid Customer)? PickAnyContact(Random random)
    {
        if (random.Next(2) == 0 && SeededContacts.Count > 0)
            return SeededContacts[random.Next(SeededContacts.Count)];
        return PickContact(random) is { } created ? (created.Id, created.CustomerId) : null;
    }
}

/// <summary>A customer an account was acknowledged to create, with every update acknowledged since.</summary>
public sealed class LoadCustomer(Guid id, string name, string? externalReference)
{
    private readonly List<(int Version, string Name)> _acknowledged = [(1, name)];
    private volatile bool _unknownUpdate;

    public Guid Id => id;

    public string? ExternalReference => externalReference;

    /// <summary>Whether an update's answer never came, so the stored state may be one step past the acknowledged.</summary>
    public bool HadUnknownUpdate => _unknownUpdate;

    /// <summary>The acknowledged state with the highest version: what every later read must show at least.</summary>
    public (int Version, string Name) Latest
    {
        get
        {
            lock (_acknowledged)
                return _acknowledged.MaxBy(state => state.Version);
        }
    }

    /// <summary>Every acknowledged state, the creation's first.</summary>
    public IReadOnlyList<(int Version, string Name)> Acknowledged
    {
        get
        {
            lock (_acknowledged)
                return [.. _acknowledged];
        }
    }

    public void Acknowledge(int version, string newName)
    {
        lock (_acknowledged)
            _acknowledged.Add((version, newName));
    }

    public void UpdateUnknown() => _unknownUpdate = true;
}

/// <summary>A contact an account was acknowledged to create.</summary>
public sealed record LoadContact(Guid Id, Guid CustomerId, string Name);
