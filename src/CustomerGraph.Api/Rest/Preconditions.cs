namespace CustomerGraph.Api.Rest;

/// <summary>The version token as an HTTP entity tag: <c>ETag: "3"</c> out, <c>If-Match: "3"</c> in.</summary>
public static class Preconditions
{
    public static string ETagOf(int version) => $"\"{version}\"";

    /// <summary>
    /// The version <c>If-Match</c> expects: null when the header is absent or <c>*</c> (no check); a tag that is no
    /// version of ours can never match, so it is read as version 0 and the change fails as stale.
    /// </summary>
    public static int? ExpectedVersion(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*")
            return null;
        var tag = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        return int.TryParse(tag.Trim('"'), out var version) && version > 0 ? version : 0;
    }
}
