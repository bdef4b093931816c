using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;
using CustomerGraph.GraphQL.Validation;

namespace CustomerGraph.Conformance.Tests;

/// <summary>Verdicts, in the oracle's vocabulary, plus "crash" for an exception no API documents.</summary>
public static class Verdicts
{
    public const string Valid = "valid";
    public const string Invalid = "invalid";
    public const string Syntax = "syntax";
    public const string Crash = "crash";
}

/// <summary>What our engine makes of one corpus document.</summary>
public sealed record EngineDocumentResult(
    string Verdict,
    IReadOnlyList<string> Rules,
    IReadOnlyList<string> Messages,
    string? Printed,
    string? RoundTripDifference
);

/// <summary>What our engine makes of one SDL case.</summary>
public sealed record EngineSchemaResult(
    string Verdict,
    IReadOnlyList<string> Messages,
    string? Printed,
    string? Reprinted
);

/// <summary>Runs our parser, validator, printers and schema builder over corpus cases, never letting one case stop the rest.</summary>
public sealed class EngineRunner
{
    private const string ErrorCapMessage = "Too many validation errors";

    private readonly Dictionary<string, Lazy<Schema>> _validationSchemas = [];

    public EngineDocumentResult JudgeDocument(string source, string schemaFile)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(source);
        }
        catch (GraphQLSyntaxException error)
        {
            return new(Verdicts.Syntax, [], [error.Error.Message], null, null);
        }
        catch (Exception error)
        {
            return new(Verdicts.Crash, [], [$"Parser.Parse threw {Describe(error)}"], null, null);
        }

        var (printed, roundTripDifference) = PrintAndReparse(document);

        Schema schema;
        try
        {
            schema = ValidationSchema(schemaFile);
        }
        catch (Exception error)
        {
            return new(
                Verdicts.Crash,
                [],
                [$"{schemaFile} does not build: {Describe(error)}"],
                printed,
                roundTripDifference
            );
        }

        IReadOnlyList<GraphQLError> errors;
        try
        {
            errors = DocumentValidator.Validate(schema, document);
        }
        catch (Exception error)
        {
            return new(
                Verdicts.Crash,
                [],
                [$"DocumentValidator.Validate threw {Describe(error)}"],
                printed,
                roundTripDifference
            );
        }

        // The error that reports hitting the error cap comes from no rule, in graphql-js as here.
        var rules = errors
            .Where(e => e.Rule != null || !e.Message.StartsWith(ErrorCapMessage, StringComparison.Ordinal))
            .Select(e => e.Rule ?? "(no rule)")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        return new(
            errors.Count > 0 ? Verdicts.Invalid : Verdicts.Valid,
            rules,
            errors.Select(e => e.Message).ToList(),
            printed,
            roundTripDifference
        );
    }

    public static EngineSchemaResult JudgeSchema(string source)
    {
        Schema schema;
        try
        {
            schema = SchemaBuilder.FromSdl(source);
        }
        catch (SchemaException error)
        {
            return new(Verdicts.Invalid, error.Errors.Select(e => e.Message).ToList(), null, null);
        }
        catch (GraphQLSyntaxException error)
        {
            return new(Verdicts.Syntax, [error.Error.Message], null, null);
        }
        catch (Exception error)
        {
            return new(Verdicts.Crash, [$"SchemaBuilder.FromSdl threw {Describe(error)}"], null, null);
        }

        string printed;
        try
        {
            printed = SchemaPrinter.Print(schema);
        }
        catch (Exception error)
        {
            return new(Verdicts.Valid, [], $"(SchemaPrinter.Print threw {Describe(error)})", null);
        }

        try
        {
            return new(Verdicts.Valid, [], printed, SchemaPrinter.Print(SchemaBuilder.FromSdl(printed)));
        }
        catch (Exception error)
        {
            return new(Verdicts.Valid, [], printed, $"(our printed SDL does not rebuild: {Describe(error)})");
        }
    }

    private static (string? Printed, string? RoundTripDifference) PrintAndReparse(DocumentNode document)
    {
        string printed;
        try
        {
            printed = Printer.Print(document);
        }
        catch (Exception error)
        {
            return (null, $"Printer.Print threw {Describe(error)}");
        }
        try
        {
            return (printed, SyntaxTreeComparer.FindDifference(document, Parser.Parse(printed)));
        }
        catch (Exception error)
        {
            return (printed, $"the printed document does not parse: {Describe(error)}");
        }
    }

    private Schema ValidationSchema(string schemaFile)
    {
        if (!_validationSchemas.TryGetValue(schemaFile, out var schema))
        {
            schema = new(() =>
                SchemaBuilder.FromSdl(
                    File.ReadAllText(RepositoryRoot.Combine("tests", "conformance", schemaFile))
                )
            );
            _validationSchemas.Add(schemaFile, schema);
        }
        return schema.Value;
    }

    /// <summary>The exception's type and first message line, and the engine frame it came from.</summary>
    private static string Describe(Exception error)
    {
        var engineFrame = error
            .StackTrace?.Split('\n')
            .Select(line => line.Trim())
            .FirstOrDefault(line => line.StartsWith("at CustomerGraph.GraphQL.", StringComparison.Ordinal));
        var origin = engineFrame is null ? "" : $" ({engineFrame.Split(" in ")[0]})";
        return $"{error.GetType().Name}: {error.Message.Split('\n')[0].TrimEnd()}{origin}";
    }
}
