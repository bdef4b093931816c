using System.Text.Json;
using System.Text.RegularExpressions;

namespace CustomerGraph.ExecutionConformance.Tests;

/// <summary>
/// One case of an operations file: a line <c># ===== name</c>, optionally followed by
/// <c># variables: {json}</c> and <c># operationName: X</c>, then the document up to the next case.
/// </summary>
internal sealed partial record OperationCase(
    string Name,
    string Source,
    Dictionary<string, object?>? Variables,
    string? OperationName
)
{
    /// <summary>The cases of one file, read exactly as oracle.mjs reads them.</summary>
    public static List<OperationCase> ReadAll(string text)
    {
        var cases = new List<OperationCase>();
        string? name = null;
        Dictionary<string, object?>? variables = null;
        string? operationName = null;
        var lines = new List<string>();
        void Flush()
        {
            if (name is not null)
                cases.Add(
                    new OperationCase(name, string.Join('\n', lines).TrimEnd(), variables, operationName)
                );
        }
        foreach (var line in text.Split('\n'))
        {
            if (CaseHeader().Match(line) is { Success: true } header)
            {
                Flush();
                (name, variables, operationName) = (header.Groups[1].Value, null, null);
                lines.Clear();
                continue;
            }
            if (name is null)
                continue;
            if (lines.Count == 0 && line.StartsWith("# variables: ", StringComparison.Ordinal))
            {
                variables = ParseVariables(line["# variables: ".Length..]);
                continue;
            }
            if (lines.Count == 0 && line.StartsWith("# operationName: ", StringComparison.Ordinal))
            {
                operationName = line["# operationName: ".Length..].TrimEnd();
                continue;
            }
            lines.Add(line);
        }
        Flush();
        return cases;
    }

    /// <summary>Variables as a transport decodes them: one <see cref="JsonElement"/> per variable.</summary>
    private static Dictionary<string, object?> ParseVariables(string json)
    {
        using var document = JsonDocument.Parse(json);
        var variables = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
            variables[property.Name] = property.Value.Clone();
        return variables;
    }

    [GeneratedRegex(@"^# ===== (.+?)\s*$")]
    private static partial Regex CaseHeader();
}
