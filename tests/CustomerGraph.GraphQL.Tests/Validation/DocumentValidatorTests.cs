using System.Diagnostics;
using System.Text;
using CustomerGraph.GraphQL.Validation.Rules;

namespace CustomerGraph.GraphQL.Tests.Validation;

/// <summary>The validator as a whole: rule order, error cap, work budget, and bounded cost on hostile documents.</summary>
public sealed class DocumentValidatorTests
{
    private const string DocumentWithErrorsOfManyRules = """
        query Q($unused: Int, $dog: Dog) @onField {
          dog {
            nam
            doesKnowCommand(dogCommand: SITT)
            ...Frag
            ... on Cat { meowVolume }
          }
          complicatedArgs { multipleReqs(req1: $undefined) }
        }
        fragment Frag on Dog { barkVolume { x } ...Frag }
        fragment Unused on Dog { name }
        type T { f: String }
        """;

    [Fact]
    public void Errors_of_all_rules_come_in_the_order_graphql_js_reports_them()
    {
        var errors = ValidationHarness.Validate(DocumentWithErrorsOfManyRules);

        Assert.Equal(
            [
                "The \"T\" definition is not executable. (12:1)",
                "Variable \"$undefined\" is not defined by operation \"Q\". (8:40, 1:1)",
                "Variable \"$unused\" is never used in operation \"Q\". (1:9)",
                "Variable \"$dog\" is never used in operation \"Q\". (1:23)",
                "Variable \"$dog\" cannot be non-input type \"Dog\". (1:29)",
                "Directive \"@onField\" may not be used on QUERY. (1:34)",
                "Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"? (3:5)",
                "Value \"SITT\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"? (4:33)",
                "Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\". (6:5)",
                "Argument \"ComplicatedArgs.multipleReqs(req2:)\" of type \"Int!\" is required, but it was not provided. (8:21)",
                "Cannot spread fragment \"Frag\" within itself. (10:41)",
                "Field \"barkVolume\" must not have a selection since type \"Int\" has no subfields. (10:35)",
                "Fragment \"Unused\" is never used. (11:1)",
            ],
            errors.Select(error => error.ToString())
        );
    }

    [Fact]
    public void Every_error_carries_the_validation_code_and_the_rule_that_reported_it()
    {
        var errors = ValidationHarness.Validate(DocumentWithErrorsOfManyRules);

        Assert.All(errors, error => Assert.Equal("GRAPHQL_VALIDATION_FAILED", error.Code));
        Assert.Equal(
            [
                "ExecutableDefinitionsRule",
                "NoUndefinedVariablesRule",
                "NoUnusedVariablesRule",
                "NoUnusedVariablesRule",
                "VariablesAreInputTypesRule",
                "KnownDirectivesRule",
                "FieldsOnCorrectTypeRule",
                "ValuesOfCorrectTypeRule",
                "PossibleFragmentSpreadsRule",
                "ProvidedRequiredArgumentsRule",
                "NoFragmentCyclesRule",
                "ScalarLeafsRule",
                "NoUnusedFragmentsRule",
            ],
            errors.Select(error => error.Rule)
        );
    }

    [Fact]
    public void Every_error_carries_the_type_of_the_rule_that_reported_it()
    {
        var errors = ValidationHarness.Validate(DocumentWithErrorsOfManyRules);

        Assert.All(errors, error => Assert.Equal(error.Rule, error.RuleType?.Name));
        Assert.Equal(typeof(ExecutableDefinitionsRule), errors[0].RuleType);
        Assert.Equal(typeof(NoUnusedFragmentsRule), errors[^1].RuleType);
    }

    [Fact]
    public void Field_conflicts_carry_the_type_of_their_rule()
    {
        var error = Assert.Single(ValidationHarness.Validate("{ dog { name: nickname name } }"));

        Assert.Equal(typeof(OverlappingFieldsCanBeMergedRule), error.RuleType);
    }

    [Fact]
    public void Reaching_the_error_limit_stops_validation_with_a_final_error_saying_so()
    {
        var errors = ValidationHarness.Validate(DocumentWithErrorsOfManyRules, maxErrors: 2);

        Assert.Equal(
            [
                "The \"T\" definition is not executable.",
                "Variable \"$undefined\" is not defined by operation \"Q\".",
                "Too many validation errors, error limit reached. Validation aborted.",
            ],
            errors.Select(error => error.Message)
        );
        Assert.Empty(errors[^1].Locations);
    }

    [Fact]
    public void Following_fragments_beyond_the_work_budget_aborts_validation()
    {
        // 300 operations each reaching 200 fragments through one of their own: 60,000 steps, over the 50,000 budget.
        var document = new StringBuilder();
        for (var i = 0; i < 300; i++)
            document.AppendLine($"query Q{i} {{ ...F{i} }}");
        var spreads = string.Join(" ", Enumerable.Range(0, 200).Select(j => $"...G{j}"));
        for (var i = 0; i < 300; i++)
            document.AppendLine($"fragment F{i} on Query {{ {spreads} }}");
        for (var j = 0; j < 200; j++)
            document.AppendLine($"fragment G{j} on Query {{ __typename }}");

        var errors = ValidationHarness.Validate(document.ToString());

        Assert.Equal("Validation aborted.", Assert.Single(errors).Message);
    }

    [Fact]
    public void Ten_thousand_fields_validate_in_near_linear_time()
    {
        var fields = string.Join(" ", Enumerable.Range(0, 10_000).Select(i => $"f{i}: name"));
        var document = $"{{ dog {{ {fields} }} }}";
        ValidationHarness.Validate(document);

        var stopwatch = Stopwatch.StartNew();
        var errors = ValidationHarness.Validate(document);

        Assert.Empty(errors);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void Long_fragment_chains_and_cycles_validate_without_deep_recursion()
    {
        // Three chains of 3,000 fragments, each spreading the next, the last spreading the first: used by a
        // query, a subscription and an introspection field, validated on a thread with a small stack
        // (graphql-js itself overflows its stack on this document).
        const int count = 3_000;
        var document = new StringBuilder();
        document.AppendLine("query Q($v: Boolean) { __schema { types { ...T0 } } dog { ...D0 } }");
        document.AppendLine("subscription S { ...S0 }");
        for (var i = 0; i < count; i++)
        {
            var next = (i + 1) % count;
            document.AppendLine($"fragment T{i} on __Type {{ fields {{ type {{ ...T{next} }} }} }}");
            document.AppendLine($"fragment D{i} on Dog {{ isHouseTrained(atOtherHomes: $v) ...D{next} }}");
            document.AppendLine($"fragment S{i} on Subscription {{ newMessage {{ body }} ...S{next} }}");
        }

        var errors = SmallStack.Run(() => ValidationHarness.Validate(document.ToString()));

        Assert.Equal(
            [
                "Maximum introspection depth exceeded",
                "Cannot spread fragment \"T0\" within itself via " + ViaChain("T", count) + ".",
                "Cannot spread fragment \"D0\" within itself via " + ViaChain("D", count) + ".",
                "Cannot spread fragment \"S0\" within itself via " + ViaChain("S", count) + ".",
                // Field merging spends its complexity budget on the cyclic chains and stops there.
                "Validation aborted.",
            ],
            errors.Select(error => error.Message)
        );
    }

    private static string ViaChain(string prefix, int count) =>
        string.Join(", ", Enumerable.Range(1, count - 1).Select(i => $"\"{prefix}{i}\""));
}
