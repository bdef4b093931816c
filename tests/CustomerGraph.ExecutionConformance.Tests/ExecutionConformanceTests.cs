using System.Text;
using System.Text.Json;

namespace CustomerGraph.ExecutionConformance.Tests;

/// <summary>
/// Differential execution suite: every case of tests/conformance-execution/operations runs through
/// graphql-js 17.1 (oracle.mjs) and through our <c>RequestExecutor</c>; data must be equal, errors equal
/// as a set (message, path, locations). One test per operations file reports all its disagreements.
/// </summary>
public sealed class ExecutionConformanceTests
{
    private static readonly Lazy<Task<SuiteRun>> Run = new(RunSuiteAsync);

    public static TheoryData<string> OperationFiles() =>
        [
            .. Directory
                .GetFiles(RepositoryFiles.OperationsDirectory, "*.graphql")
                .Select(path => Path.GetFileName(path))
                .Order(StringComparer.Ordinal),
        ];

    [Theory]
    [MemberData(nameof(OperationFiles))]
    public async Task Responses_agree_with_graphql_js(string file)
    {
        var run = await Run.Value;
        var outcomes = run.Files[file];
        var disagreements = outcomes.Where(o => o.Disagreement is not null).ToList();
        if (disagreements.Count == 0)
            return;
        var report = new StringBuilder(
            $"{file}: {disagreements.Count} of {outcomes.Count} responses differ from graphql-js\n"
        );
        foreach (var outcome in disagreements)
            report.Append($"\n- {outcome.Case}\n{outcome.Disagreement}\n");
        Assert.Fail(report.ToString());
    }

    private sealed record CaseOutcome(string Case, string? Disagreement);

    private sealed record SuiteRun(Dictionary<string, List<CaseOutcome>> Files);

    private static async Task<SuiteRun> RunSuiteAsync()
    {
        using var oracle = JsonDocument.Parse(RepositoryFiles.RunOracle());
        var files = new Dictionary<string, List<CaseOutcome>>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(RepositoryFiles.OperationsDirectory, "*.graphql"))
        {
            var file = Path.GetFileName(path);
            var expectedByCase = oracle.RootElement.GetProperty(file);
            var outcomes = files[file] = [];
            foreach (var testCase in OperationCase.ReadAll(await File.ReadAllTextAsync(path)))
                outcomes.Add(
                    new CaseOutcome(
                        testCase.Name,
                        await CompareAsync(testCase, expectedByCase.GetProperty(testCase.Name))
                    )
                );
        }
        var total = files.Values.Sum(o => o.Count);
        var agreeing = files.Values.Sum(o => o.Count(c => c.Disagreement is null));
        Directory.CreateDirectory(Path.GetDirectoryName(RepositoryFiles.SummaryFile)!);
        await File.WriteAllTextAsync(
            RepositoryFiles.SummaryFile,
            $"graphql-js execution conformance: {agreeing}/{total} responses agree\n"
        );
        return new SuiteRun(files);
    }

    /// <summary>Null when our response agrees with graphql-js's; otherwise both, for the report.</summary>
    private static async Task<string?> CompareAsync(OperationCase testCase, JsonElement oracleResponse)
    {
        if (oracleResponse.TryGetProperty("invalid", out var invalid))
            return $"  the document is not valid for graphql-js (only valid documents belong here): {invalid}";
        var expected = ComparableResponse.From(oracleResponse);
        string actualJson;
        try
        {
            actualJson = await ConformanceEngine.ExecuteAsync(
                testCase.Source,
                testCase.Variables,
                testCase.OperationName
            );
        }
        catch (Exception exception)
        {
            return $"  expected: {expected}\n  actual:   threw {exception.GetType().Name}: {exception.Message}";
        }
        using var actualDocument = JsonDocument.Parse(actualJson);
        var actual = ComparableResponse.From(actualDocument.RootElement);
        return expected.Agrees(actual) ? null : $"  expected: {expected}\n  actual:   {actual}";
    }
}
