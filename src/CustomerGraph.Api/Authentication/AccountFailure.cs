namespace CustomerGraph.Api.Authentication;

/// <summary>Why a request has no account.</summary>
public enum AccountFailure
{
    /// <summary>No credentials, or credentials that fail a check (401).</summary>
    Unauthenticated,

    /// <summary>The token could not be checked: the authority's keys are out of reach (503).</summary>
    AuthenticationUnavailable,
}
