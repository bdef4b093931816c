namespace CustomerGraph.GraphQL.Tests.Validation.Rules;

/// <summary>ProvidedRequiredArgumentsRule: messages and locations as graphql-js 17.1 reports them.</summary>
public sealed class ProvidedRequiredArgumentsRuleTests
{
    private const string Rule = "ProvidedRequiredArgumentsRule";

    /// <summary>Examples of spec section 5 that this rule accepts.</summary>
    public static TheoryData<string> SpecExamples =>
        new()
        {
            // Required Arguments
            """
                fragment goodBooleanArg on Arguments {
                  booleanArgField(booleanArg: true)
                }

                fragment goodNonNullArg on Arguments {
                  nonNullBooleanArgField(nonNullBooleanArg: true)
                }
                """,
            // Required Arguments
            """
                fragment goodBooleanArgDefault on Arguments {
                  booleanArgField
                }
                """,
        };

    /// <summary>Counter-examples of spec section 5 that this rule rejects.</summary>
    public static TheoryData<string, string[]> SpecCounterExamples =>
        new()
        {
            // Required Arguments
            {
                """
                    fragment missingRequiredArg on Arguments {
                      nonNullBooleanArgField
                    }
                    """,
                [
                    "Argument \"Arguments.nonNullBooleanArgField(nonNullBooleanArg:)\" of type \"Boolean!\" is required, but it was not provided. (2:3)",
                ]
            },
        };

    public static TheoryData<string> ValidDocuments =>
        new()
        {
            """
                { complicatedArgs { multipleReqs(req2: 2, req1: 1) nonNullFieldWithDefault multipleOpts } dog { unknownField } }
                """,
        };

    public static TheoryData<string, string[]> InvalidDocuments =>
        new()
        {
            {
                """
                    { complicatedArgs { multipleReqs multipleOptAndReq(req1: 1) } }
                    """,
                [
                    "Argument \"ComplicatedArgs.multipleReqs(req1:)\" of type \"Int!\" is required, but it was not provided. (1:21)",
                    "Argument \"ComplicatedArgs.multipleReqs(req2:)\" of type \"Int!\" is required, but it was not provided. (1:21)",
                    "Argument \"ComplicatedArgs.multipleOptAndReq(req2:)\" of type \"Int!\" is required, but it was not provided. (1:34)",
                ]
            },
            {
                """
                    { dog @include @skip(unknown: true) @withRequiredArg { name } }
                    """,
                [
                    "Argument \"@include(if:)\" of type \"Boolean!\" is required, but it was not provided. (1:7)",
                    "Argument \"@skip(if:)\" of type \"Boolean!\" is required, but it was not provided. (1:16)",
                    "Argument \"@withRequiredArg(arg:)\" of type \"String!\" is required, but it was not provided. (1:37)",
                ]
            },
            {
                """
                    { __type { name } }
                    """,
                [
                    "Argument \"<meta>.__type(name:)\" of type \"String!\" is required, but it was not provided. (1:3)",
                ]
            },
        };

    [Theory]
    [MemberData(nameof(SpecExamples))]
    public void Spec_examples_pass(string document) => ValidationHarness.AssertRuleErrors(Rule, document);

    [Theory]
    [MemberData(nameof(SpecCounterExamples))]
    public void Spec_counter_examples_fail_with_this_rule(string document, string[] expected) =>
        ValidationHarness.AssertRuleErrors(Rule, document, expected);

    [Theory]
    [MemberData(nameof(ValidDocuments))]
    public void Accepts_valid_documents(string document) =>
        ValidationHarness.AssertRuleErrors(Rule, document);

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public void Reports_what_graphql_js_reports(string document, string[] expected) =>
        ValidationHarness.AssertRuleErrors(Rule, document, expected);
}
