namespace CustomerGraph.Customers.Common;

/// <summary>An expected failure of a domain operation, reported as data rather than thrown.</summary>
public abstract record DomainError(string Message);

/// <summary>The entity with <paramref name="Id"/> does not exist in the current account.</summary>
public sealed record NotFoundError(string EntityType, Guid Id, string Field)
    : DomainError($"{EntityType} '{Id}' was not found.");

/// <summary>An input value broke a rule; <paramref name="Field"/> is its path, e.g. "address.country" or "assign[2].assetId".</summary>
public sealed record ValidationError(string Field, string Code, string Message) : DomainError(Message);

/// <summary>The change collides with the stored state: a duplicate key or a stale version.</summary>
public sealed record ConflictError(string Field, string Code, string Message) : DomainError(Message);

/// <summary>The caller's token lacks <paramref name="Scope"/>, which the operation needs.</summary>
public sealed record ForbiddenError(string Scope, string ScopeDescription)
    : DomainError($"This operation needs the scope '{Scope}' ({ScopeDescription}).");
