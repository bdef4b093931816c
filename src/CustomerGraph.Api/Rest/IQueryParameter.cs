namespace CustomerGraph.Api.Rest;

/// <summary>
/// A query parameter of a list's <c>[AsParameters]</c> record: bound as the text sent (binding never fails), read
/// by the rule of its type, so that every unreadable value becomes a violation naming the parameter.
/// </summary>
public interface IQueryParameter
{
    /// <summary>Why the values sent were refused, as violations of the parameter <paramref name="name"/>; none when readable.</summary>
    IEnumerable<RestViolation> Violations(string name);
}
