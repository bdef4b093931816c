namespace CustomerGraph.GraphQL.Tests.Validation.Rules;

/// <summary>KnownArgumentNamesRule: messages and locations as graphql-js 17.1 reports them.</summary>
public sealed class KnownArgumentNamesRuleTests() : RuleTestsWithSpecExamples("KnownArgumentNamesRule")
{
    public static TheoryData<string> ValidDocuments =>
        new()
        {
            """
                { dog { doesKnowCommand(dogCommand: SIT) isHouseTrained(atOtherHomes: true) @include(if: true) } __type(name: "Dog") { name } }
                """,
            """
                { dog @unknownDirective(arg: 1) { name } unknownField(arg: 1) }
                """,
        };

    public static TheoryData<string, string[]> InvalidDocuments =>
        new()
        {
            {
                """
                    { dog { name(unknown: 1) } }
                    """,
                ["Unknown argument \"unknown\" on field \"Dog.name\". (1:14)"]
            },
            {
                """
                    { dog { doesKnowCommand(dogcommand: SIT, dogCommand: SIT, command: SIT) } }
                    """,
                [
                    "Unknown argument \"dogcommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"? (1:25)",
                    "Unknown argument \"command\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"? (1:59)",
                ]
            },
            {
                """
                    { dog @skip(iff: true, unless: false) { name } }
                    """,
                [
                    "Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"? (1:13)",
                    "Unknown argument \"unless\" on directive \"@skip\". (1:24)",
                ]
            },
            {
                """
                    { __type(name: "Dog", nam: "x") { name } }
                    """,
                ["Unknown argument \"nam\" on field \"<meta>.__type\". Did you mean \"name\"? (1:23)"]
            },
            {
                """
                    { complicatedArgs { multipleOptAndReq(req1: 1, req2: 2, opt: 3, op1: 4) } }
                    """,
                [
                    "Unknown argument \"opt\" on field \"ComplicatedArgs.multipleOptAndReq\". Did you mean \"opt1\" or \"opt2\"? (1:57)",
                    "Unknown argument \"op1\" on field \"ComplicatedArgs.multipleOptAndReq\". Did you mean \"opt1\" or \"opt2\"? (1:65)",
                ]
            },
        };

    /// <summary>Counter-examples of spec section 5 that this rule rejects.</summary>
    public static TheoryData<string, string[]> SpecCounterExamples =>
        new()
        {
            // Argument Names
            {
                """
                    fragment invalidArgName on Dog {
                      doesKnowCommand(command: CLEAN_UP_HOUSE)
                    }
                    """,
                [
                    "Unknown argument \"command\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"? (2:19)",
                ]
            },
            // Argument Names
            {
                """
                    fragment invalidArgName on Dog {
                      isHouseTrained(atOtherHomes: true) @include(unless: false)
                    }
                    """,
                ["Unknown argument \"unless\" on directive \"@include\". (2:47)"]
            },
        };

    /// <summary>Examples of spec section 5 that this rule accepts.</summary>
    public static TheoryData<string> SpecExamples =>
        new()
        {
            // Argument Names
            """
                fragment argOnRequiredArg on Dog {
                  doesKnowCommand(dogCommand: SIT)
                }

                fragment argOnOptional on Dog {
                  isHouseTrained(atOtherHomes: true) @include(if: true)
                }
                """,
            // Argument Names
            """
                type Arguments {
                  multipleRequirements(x: Int!, y: Int!): Int!
                  booleanArgField(booleanArg: Boolean): Boolean
                  floatArgField(floatArg: Float): Float
                  intArgField(intArg: Int): Int
                  nonNullBooleanArgField(nonNullBooleanArg: Boolean!): Boolean!
                  booleanListArgField(booleanListArg: [Boolean]!): [Boolean]
                  optionalNonNullBooleanArgField(optionalBooleanArg: Boolean! = false): Boolean!
                }

                extend type Query {
                  arguments: Arguments
                }
                """,
            // Argument Names
            """
                fragment multipleArgs on Arguments {
                  multipleRequirements(x: 1, y: 2)
                }

                fragment multipleArgsReverseOrder on Arguments {
                  multipleRequirements(y: 2, x: 1)
                }
                """,
        };
}
