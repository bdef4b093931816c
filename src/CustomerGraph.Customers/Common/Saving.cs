using Microsoft.EntityFrameworkCore;

namespace CustomerGraph.Customers.Common;

/// <summary>Saves a unit of work and turns the expected database refusals into errors.</summary>
internal static class Saving
{
    /// <summary>
    /// Saves <paramref name="db"/>; a concurrency-token mismatch becomes a version <see cref="ConflictError"/>, and
    /// a failed save that <paramref name="findConflict"/> explains (e.g. a duplicate key inserted concurrently)
    /// becomes that conflict. Anything else is a genuine fault and is rethrown.
    /// </summary>
    public static async Task<DomainError?> SaveAsync(
        DbContext db,
        string entityType,
        Func<CancellationToken, Task<DomainError?>>? findConflict,
        CancellationToken cancellationToken
    )
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return VersionConflict(entityType);
        }
        catch (DbUpdateException) when (findConflict is not null)
        {
            db.ChangeTracker.Clear();
            if (await findConflict(cancellationToken) is { } conflict)
                return conflict;
            throw;
        }
    }

    /// <summary>The error for a change based on a version that is no longer current.</summary>
    public static ConflictError VersionConflict(string entityType) =>
        new(
            "version",
            DomainErrorCodes.VersionConflict,
            $"The {entityType} was changed by someone else; reload it and apply the change again."
        );
}
