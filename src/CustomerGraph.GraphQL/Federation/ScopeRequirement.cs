namespace CustomerGraph.GraphQL.Federation;

/// <summary>
/// What <c>@requiresScopes(scopes:)</c> asks of a request, with federation's meaning: the outer list holds
/// alternatives (any one suffices), each inner list scopes that must all be granted.
/// </summary>
public sealed class ScopeRequirement
{
    /// <summary>A requirement of <paramref name="alternatives"/>; each must hold at least one scope.</summary>
    public ScopeRequirement(IEnumerable<IEnumerable<string>> alternatives)
    {
        ArgumentNullException.ThrowIfNull(alternatives);
        Alternatives = [.. alternatives.Select(scopes => (IReadOnlyList<string>)[.. scopes.Distinct()])];
        if (Alternatives.Count == 0 || Alternatives.Any(scopes => scopes.Count == 0))
            throw new ArgumentException(
                "A scope requirement needs at least one alternative, each of at least one scope.",
                nameof(alternatives)
            );
    }

    /// <summary>A requirement of every one of <paramref name="scopes"/> (one alternative).</summary>
    public static ScopeRequirement AllOf(params string[] scopes) => new([scopes]);

    /// <summary>The alternatives: any one of them suffices; each one's scopes must all be granted.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Alternatives { get; }

    /// <summary>
    /// Null when <paramref name="granted"/> satisfies an alternative; otherwise what is missing from the alternative
    /// closest to being satisfied (the fewest missing scopes, the first such one on a tie).
    /// </summary>
    public IReadOnlyList<string>? MissingFrom(IReadOnlySet<string> granted)
    {
        ArgumentNullException.ThrowIfNull(granted);
        IReadOnlyList<string>? closest = null;
        foreach (var scopes in Alternatives)
        {
            var missing = scopes.Where(scope => !granted.Contains(scope)).ToList();
            if (missing.Count == 0)
                return null;
            if (closest is null || missing.Count < closest.Count)
                closest = missing;
        }
        return closest;
    }

    /// <summary>Both requirements at once: every pair of alternatives joined (the conjunction, kept in DNF).</summary>
    public ScopeRequirement And(ScopeRequirement other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Alternatives.SelectMany(mine => other.Alternatives.Select(theirs => mine.Concat(theirs))));
    }

    /// <summary>The requirement as words: <c>"a" and "b", or "c"</c>.</summary>
    public override string ToString() =>
        string.Join(
            ", or ",
            Alternatives.Select(scopes => string.Join(" and ", scopes.Select(s => $"\"{s}\"")))
        );
}
