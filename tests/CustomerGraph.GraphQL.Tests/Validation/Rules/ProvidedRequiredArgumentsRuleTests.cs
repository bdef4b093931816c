namespace CustomerGraph.GraphQL.Tests.Validation.Rules;

/// <summary>ProvidedRequiredArgumentsRule: messages and locations as graphql-js 17.1 reports them.</summary>
public sealed class ProvidedRequiredArgumentsRuleTests()
    : RuleTestsWithSpecExamples("ProvidedRequiredArgumentsRule")
{
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
}
