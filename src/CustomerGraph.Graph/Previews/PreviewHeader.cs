using Microsoft.Extensions.Primitives;

namespace CustomerGraph.Graph.Previews;

/// <summary>The <c>TU-PREVIEW</c> request header: the code names of the preview fields a request opts into.</summary>
public static class PreviewHeader
{
    /// <summary>The header's name.</summary>
    public const string Name = "TU-PREVIEW";

    /// <summary>The key under which <see cref="CustomerGraph.GraphQL.Execution.ExecutionRequest.Items"/> hold the enabled code names.</summary>
    public const string ItemKey = "CustomerGraph.EnabledPreviews";

    private static readonly IReadOnlySet<string> None = new HashSet<string>();

    /// <summary>
    /// The code names of every <c>TU-PREVIEW</c> line: separated by commas, compared case-insensitively, blanks
    /// around and between them ignored.
    /// </summary>
    public static IReadOnlySet<string> Parse(StringValues values)
    {
        if (StringValues.IsNullOrEmpty(values))
            return None;
        var codeNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in values)
        foreach (
            var codeName in (value ?? "").Split(
                ',',
                StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries
            )
        )
            codeNames.Add(codeName);
        return codeNames;
    }
}
