using System.Text;

namespace CustomerGraph.Conformance.Tests;

/// <summary>One document case: graphql-js's verdict beside ours.</summary>
public sealed record DocumentComparison(OracleDocument Expected, EngineDocumentResult Actual)
{
    public bool Parseable => Expected.Printed != null;
    public bool VerdictAgrees => Expected.Verdict == Actual.Verdict;
    public bool RulesAgree => VerdictAgrees && Expected.Rules.SequenceEqual(Actual.Rules);
    public bool PrintAgrees => Parseable && Expected.Printed == Actual.Printed;
    public bool RoundTrips => Actual.Printed != null && Actual.RoundTripDifference == null;

    /// <summary>Same messages, in any order; only meaningful where the verdicts agree on an error.</summary>
    public bool MessagesAgree =>
        VerdictAgrees
        && Expected
            .Messages.Order(StringComparer.Ordinal)
            .SequenceEqual(Actual.Messages.Order(StringComparer.Ordinal));
}

/// <summary>One SDL case: graphql-js's verdict and printSchema beside ours.</summary>
public sealed record SchemaComparison(OracleSchema Expected, EngineSchemaResult Actual)
{
    public bool Valid => Expected.Verdict == Verdicts.Valid;
    public bool VerdictAgrees => Expected.Verdict == Actual.Verdict;
    public bool PrintAgrees => Valid && Expected.Printed == Actual.Printed;
    public bool ReprintAgrees => Valid && Expected.Reprinted == Actual.Reprinted;
    public bool MessagesAgree =>
        VerdictAgrees
        && Expected
            .Messages.Order(StringComparer.Ordinal)
            .SequenceEqual(Actual.Messages.Order(StringComparer.Ordinal));
}

/// <summary>
/// The differential run, done once for all conformance tests: graphql-js's verdicts from the oracle, ours from the
/// engine, the agreement counts written to test-output/summaries/conformance.txt and every mismatch to
/// test-output/conformance/mismatches.txt.
/// </summary>
public sealed class ConformanceRun
{
    public ConformanceRun()
    {
        Oracle = GraphQLJsOracle.Run();
        var engine = new EngineRunner();
        Documents = Oracle
            .Documents.Select(d => new DocumentComparison(d, engine.JudgeDocument(d.Source, d.Schema)))
            .ToList();
        Schemas = Oracle
            .Schemas.Select(s => new SchemaComparison(s, EngineRunner.JudgeSchema(s.Source)))
            .ToList();
        Summary = BuildSummary();
        WriteReports();
    }

    public OracleReport Oracle { get; }
    public IReadOnlyList<DocumentComparison> Documents { get; }
    public IReadOnlyList<SchemaComparison> Schemas { get; }

    /// <summary>The one-line agreement summary.</summary>
    public string Summary { get; }

    public IReadOnlyList<DocumentComparison> ParseableDocuments => Documents.Where(d => d.Parseable).ToList();

    /// <summary>Documents whose graphql-js print parses back to the same tree, so ours must too.</summary>
    public IReadOnlyList<DocumentComparison> RoundTripDocuments =>
        Documents.Where(d => d.Expected.PrintRoundTrips).ToList();
    public IReadOnlyList<SchemaComparison> ValidSchemas => Schemas.Where(s => s.Valid).ToList();

    public IEnumerable<string> VerdictMismatches() =>
        Documents
            .Where(d => !d.VerdictAgrees)
            .Select(d =>
                Line(
                    d.Expected.Name,
                    d.Expected.File,
                    Verdict(d.Expected.Verdict, d.Expected.Rules),
                    Verdict(d.Actual.Verdict, d.Actual.Rules)
                ) + Detail(d.Actual.Messages)
            );

    public IEnumerable<string> RuleSetMismatches() =>
        Documents
            .Where(d => d.VerdictAgrees && !d.RulesAgree)
            .Select(d =>
                Line(d.Expected.Name, d.Expected.File, Rules(d.Expected.Rules), Rules(d.Actual.Rules))
                + Detail(d.Actual.Messages)
            );

    public IEnumerable<string> PrintMismatches() =>
        ParseableDocuments
            .Where(d => !d.PrintAgrees)
            .Select(d =>
                $"{d.Expected.Name} ({d.Expected.File}): {TextDifference.Describe(d.Expected.Printed!, d.Actual.Printed)}"
            );

    public IEnumerable<string> RoundTripFailures() =>
        RoundTripDocuments
            .Where(d => !d.RoundTrips)
            .Select(d =>
                $"{d.Expected.Name} ({d.Expected.File}): {d.Actual.RoundTripDifference ?? $"not parsed ({d.Actual.Verdict})"}"
            );

    public IEnumerable<string> MessageMismatches() =>
        Documents
            .Where(d => d.VerdictAgrees && d.Expected.Verdict != Verdicts.Valid && !d.MessagesAgree)
            .Select(d =>
                Line(
                    d.Expected.Name,
                    d.Expected.File,
                    Messages(d.Expected.Messages),
                    Messages(d.Actual.Messages)
                )
            )
            .Concat(
                Schemas
                    .Where(s => s.VerdictAgrees && !s.Valid && !s.MessagesAgree)
                    .Select(s =>
                        Line(
                            s.Expected.Name,
                            s.Expected.File,
                            Messages(s.Expected.Messages),
                            Messages(s.Actual.Messages)
                        )
                    )
            );

    public IEnumerable<string> SchemaVerdictMismatches() =>
        Schemas
            .Where(s => !s.VerdictAgrees)
            .Select(s =>
                Line(s.Expected.Name, s.Expected.File, s.Expected.Verdict, s.Actual.Verdict)
                + Detail(s.Expected.Verdict == Verdicts.Valid ? s.Actual.Messages : s.Expected.Messages)
            );

    public IEnumerable<string> SchemaPrintMismatches() =>
        ValidSchemas
            .Where(s => !s.PrintAgrees)
            .Select(s =>
                $"{s.Expected.Name} ({s.Expected.File}): {TextDifference.Describe(s.Expected.Printed!, s.Actual.Printed)}"
            );

    public IEnumerable<string> SchemaReprintMismatches() =>
        ValidSchemas
            .Where(s => !s.ReprintAgrees)
            .Select(s =>
                $"{s.Expected.Name} ({s.Expected.File}): {TextDifference.Describe(s.Expected.Reprinted!, s.Actual.Reprinted)}"
            );

    private string BuildSummary()
    {
        var parseable = ParseableDocuments;
        var valid = ValidSchemas;
        var withErrors =
            Documents.Count(d => d.VerdictAgrees && d.Expected.Verdict != Verdicts.Valid)
            + Schemas.Count(s => s.VerdictAgrees && !s.Valid);
        var messagesAgree =
            Documents.Count(d => d.VerdictAgrees && d.Expected.Verdict != Verdicts.Valid && d.MessagesAgree)
            + Schemas.Count(s => s.VerdictAgrees && !s.Valid && s.MessagesAgree);
        return $"graphql-js {Oracle.GraphqlVersion} conformance: "
            + $"documents {Documents.Count(d => d.VerdictAgrees)}/{Documents.Count} verdicts agree, "
            + $"{Documents.Count(d => d.RulesAgree)}/{Documents.Count} rule sets agree; "
            + $"prints {parseable.Count(d => d.PrintAgrees)}/{parseable.Count}, "
            + $"round-trips {RoundTripDocuments.Count(d => d.RoundTrips)}/{RoundTripDocuments.Count}; "
            + $"schemas {Schemas.Count(s => s.VerdictAgrees)}/{Schemas.Count} verdicts, "
            + $"{valid.Count(s => s.PrintAgrees)}/{valid.Count} prints, "
            + $"{valid.Count(s => s.ReprintAgrees)}/{valid.Count} reprints; "
            + $"error messages {messagesAgree}/{withErrors} (informational)";
    }

    private void WriteReports()
    {
        var output = RepositoryRoot.Combine("test-output");
        Directory.CreateDirectory(Path.Combine(output, "summaries"));
        File.WriteAllText(Path.Combine(output, "summaries", "conformance.txt"), Summary + "\n");

        var report = new StringBuilder().AppendLine(Summary);
        AppendSection(report, "Document verdicts (expected graphql-js, actual ours)", VerdictMismatches());
        AppendSection(report, "Rule sets", RuleSetMismatches());
        AppendSection(report, "Document prints", PrintMismatches());
        AppendSection(report, "Document round-trips", RoundTripFailures());
        AppendSection(report, "Schema verdicts", SchemaVerdictMismatches());
        AppendSection(report, "Schema prints", SchemaPrintMismatches());
        AppendSection(report, "Schema reprints", SchemaReprintMismatches());
        AppendSection(report, "Error messages (informational)", MessageMismatches());
        Directory.CreateDirectory(Path.Combine(output, "conformance"));
        File.WriteAllText(Path.Combine(output, "conformance", "mismatches.txt"), report.ToString());
    }

    private static void AppendSection(StringBuilder report, string title, IEnumerable<string> lines)
    {
        var items = lines.ToList();
        report.AppendLine().AppendLine($"== {title}: {items.Count} mismatches");
        foreach (var item in items)
            report.AppendLine("- " + item);
    }

    private static string Line(string name, string file, string expected, string actual) =>
        $"{name} ({file}): expected {expected}, actual {actual}";

    private static string Verdict(string verdict, IReadOnlyList<string> rules) =>
        rules.Count == 0 ? verdict : $"{verdict} {Rules(rules)}";

    private static string Rules(IReadOnlyList<string> rules) => "[" + string.Join(", ", rules) + "]";

    private static string Messages(IReadOnlyList<string> messages) =>
        "[" + string.Join(" | ", messages.Order(StringComparer.Ordinal)) + "]";

    private static string Detail(IReadOnlyList<string> messages) =>
        messages.Count == 0 ? "" : " — " + string.Join(" | ", messages.Take(3));
}
