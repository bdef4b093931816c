namespace CustomerGraph.GraphQL.Tests.Validation.Rules;

/// <summary>VariablesInAllowedPositionRule: messages and locations as graphql-js 17.1 reports them.</summary>
public sealed class VariablesInAllowedPositionRuleTests()
    : RuleTestsWithSpecExamples("VariablesInAllowedPositionRule")
{
    public static TheoryData<string> ValidDocuments =>
        new()
        {
            """
                query Q($i: Int!, $s: [String], $o: Int, $c: ComplexInput, $b: Boolean, $bb: Boolean!) {
                  complicatedArgs {
                    intArgField(intArg: $i)
                    stringListArgField(stringListArg: $s)
                    nonNullFieldWithDefault(arg: $o)
                    complexArgField(complexArg: $c)
                    a: complexArgField(complexArg: { requiredField: true, nonNullField: $b })
                  }
                  dog @include(if: $bb) { name }
                }
                """,
            """
                query Q($b: Boolean = true) { dog @include(if: $b) { name } }
                """,
        };

    public static TheoryData<string, string[]> InvalidDocuments =>
        new()
        {
            {
                """
                    query Q($i: Int, $s: String, $l: [String], $b: Boolean) {
                      complicatedArgs {
                        nonNullIntArgField(nonNullIntArg: $i)
                        stringListNonNullArgField(stringListNonNullArg: $l)
                        a: stringListNonNullArgField(stringListNonNullArg: [$s])
                        intArgField(intArg: $s)
                      }
                      dog @include(if: $b) { name }
                    }
                    """,
                [
                    "Variable \"$i\" of type \"Int\" used in position expecting type \"Int!\". (1:9, 3:39)",
                    "Variable \"$l\" of type \"[String]\" used in position expecting type \"[String!]\". (1:30, 4:53)",
                    "Variable \"$s\" of type \"String\" used in position expecting type \"String!\". (1:18, 5:57)",
                    "Variable \"$s\" of type \"String\" used in position expecting type \"Int\". (1:18, 6:25)",
                    "Variable \"$b\" of type \"Boolean\" used in position expecting type \"Boolean!\". (1:44, 8:20)",
                ]
            },
            {
                """
                    query Q($s: String, $i: Int = null) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) nonNullIntArgField(nonNullIntArg: $i) } }
                    """,
                [
                    "Variable \"$s\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\". (1:9, 1:96)",
                    "Variable \"$i\" of type \"Int\" used in position expecting type \"Int!\". (1:21, 1:136)",
                ]
            },
            {
                """
                    query Q($c: Cat, $f: FurColor) { ...F }
                    fragment F on Query { complicatedArgs { complexArgField(complexArg: { intField: $f }) } }
                    """,
                ["Variable \"$f\" of type \"FurColor\" used in position expecting type \"Int\". (1:18, 2:81)"]
            },
        };

    /// <summary>Counter-examples of spec section 5 that this rule rejects.</summary>
    public static TheoryData<string, string[]> SpecCounterExamples =>
        new()
        {
            // All Variable Usages Are Allowed
            {
                """
                    query intCannotGoIntoBoolean($intArg: Int) {
                      arguments {
                        booleanArgField(booleanArg: $intArg)
                      }
                    }
                    """,
                [
                    "Variable \"$intArg\" of type \"Int\" used in position expecting type \"Boolean\". (1:30, 3:33)",
                ]
            },
            // All Variable Usages Are Allowed
            {
                """
                    query booleanListCannotGoIntoBoolean($booleanListArg: [Boolean]) {
                      arguments {
                        booleanArgField(booleanArg: $booleanListArg)
                      }
                    }
                    """,
                [
                    "Variable \"$booleanListArg\" of type \"[Boolean]\" used in position expecting type \"Boolean\". (1:38, 3:33)",
                ]
            },
            // All Variable Usages Are Allowed
            {
                """
                    query booleanArgQuery($booleanArg: Boolean) {
                      arguments {
                        nonNullBooleanArgField(nonNullBooleanArg: $booleanArg)
                      }
                    }
                    """,
                [
                    "Variable \"$booleanArg\" of type \"Boolean\" used in position expecting type \"Boolean!\". (1:23, 3:47)",
                ]
            },
            // All Variable Usages Are Allowed
            {
                """
                    query listToNonNullList($booleanList: [Boolean]) {
                      arguments {
                        nonNullBooleanListField(nonNullBooleanListArg: $booleanList)
                      }
                    }
                    """,
                [
                    "Variable \"$booleanList\" of type \"[Boolean]\" used in position expecting type \"[Boolean]!\". (1:25, 3:52)",
                ]
            },
            // All Variable Usages Are Allowed
            {
                """
                    mutation addNullableCat($cat: CatInput) {
                      addPet(pet: { cat: $cat }) {
                        name
                      }
                    }
                    """,
                [
                    "Variable \"$cat\" is of type \"CatInput\" but must be non-nullable to be used for OneOf Input Object \"PetInput\". (1:25, 2:22)",
                ]
            },
        };

    /// <summary>Examples of spec section 5 that this rule accepts.</summary>
    public static TheoryData<string> SpecExamples =>
        new()
        {
            // All Variable Usages Are Allowed
            """
                query nonNullListToList($nonNullBooleanList: [Boolean]!) {
                  arguments {
                    booleanListArgField(booleanListArg: $nonNullBooleanList)
                  }
                }
                """,
            // All Variable Usages Are Allowed
            """
                mutation addCat($cat: CatInput!) {
                  addPet(pet: { cat: $cat }) {
                    name
                  }
                }

                mutation addCatWithDefault($cat: CatInput! = { name: "Brontie" }) {
                  addPet(pet: { cat: $cat }) {
                    name
                  }
                }
                """,
            // All Variable Usages Are Allowed
            """
                query booleanArgQueryWithDefault($booleanArg: Boolean) {
                  arguments {
                    optionalNonNullBooleanArgField(optionalBooleanArg: $booleanArg)
                  }
                }
                """,
            // All Variable Usages Are Allowed
            """
                query booleanArgQueryWithDefault($booleanArg: Boolean = true) {
                  arguments {
                    nonNullBooleanArgField(nonNullBooleanArg: $booleanArg)
                  }
                }
                """,
        };
}
