namespace CustomerGraph.Conformance.Tests;

/// <summary>The corpus itself stays broad enough to mean something.</summary>
[Collection(ConformanceCollection.Name)]
public sealed class CorpusTests(ConformanceRun run)
{
    [Fact]
    public void Corpus_holds_at_least_450_documents_and_70_sdl_cases()
    {
        Assert.True(run.Documents.Count >= 450, $"only {run.Documents.Count} documents");
        Assert.True(run.Schemas.Count >= 70, $"only {run.Schemas.Count} SDL cases");
    }

    [Fact]
    public void Every_specified_rule_but_defer_and_stream_is_broken_by_some_document()
    {
        var broken = run.Documents.SelectMany(d => d.Expected.Rules).ToHashSet();
        var neverBroken = run
            .Oracle.Rules.Where(rule => !rule.Contains("Defer", StringComparison.Ordinal))
            .Where(rule => !rule.Contains("Stream", StringComparison.Ordinal))
            .Where(rule => !broken.Contains(rule))
            .ToList();
        Assert.Empty(neverBroken);
    }

    [Fact]
    public void Corpus_has_valid_invalid_and_syntax_cases_of_both_kinds()
    {
        Assert.Contains(run.Documents, d => d.Expected.Verdict == Verdicts.Valid);
        Assert.Contains(run.Documents, d => d.Expected.Verdict == Verdicts.Invalid);
        Assert.Contains(run.Documents, d => d.Expected.Verdict == Verdicts.Syntax);
        Assert.Contains(run.Schemas, s => s.Expected.Verdict == Verdicts.Valid);
        Assert.Contains(run.Schemas, s => s.Expected.Verdict == Verdicts.Invalid);
    }
}
