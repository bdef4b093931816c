namespace CustomerGraph.GraphQL.Tests.Validation.Rules;

/// <summary>FragmentsOnCompositeTypesRule: messages and locations as graphql-js 17.1 reports them.</summary>
public sealed class FragmentsOnCompositeTypesRuleTests()
    : RuleTestsWithSpecExamples("FragmentsOnCompositeTypesRule")
{
    public static TheoryData<string> ValidDocuments =>
        new()
        {
            """
                fragment validFragment on Pet { ... on Dog { name } ... { name } }
                """,
        };

    public static TheoryData<string, string[]> InvalidDocuments =>
        new()
        {
            {
                """
                    fragment scalarFragment on Boolean { bad }
                    fragment enumFragment on FurColor { bad }
                    fragment inputFragment on ComplexInput { stringField }
                    """,
                [
                    "Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\". (1:28)",
                    "Fragment \"enumFragment\" cannot condition on non composite type \"FurColor\". (2:26)",
                    "Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\". (3:27)",
                ]
            },
            {
                """
                    fragment invalidFragment on Pet { ... on String { barks } }
                    """,
                ["Fragment cannot condition on non composite type \"String\". (1:42)"]
            },
        };

    /// <summary>Counter-examples of spec section 5 that this rule rejects.</summary>
    public static TheoryData<string, string[]> SpecCounterExamples =>
        new()
        {
            // Fragments on Object, Interface or Union Types
            {
                """
                    fragment fragOnScalar on Int {
                      something
                    }

                    fragment inlineFragOnScalar on Dog {
                      ... on Boolean {
                        somethingElse
                      }
                    }
                    """,
                [
                    "Fragment \"fragOnScalar\" cannot condition on non composite type \"Int\". (1:26)",
                    "Fragment cannot condition on non composite type \"Boolean\". (6:10)",
                ]
            },
        };

    /// <summary>Examples of spec section 5 that this rule accepts.</summary>
    public static TheoryData<string> SpecExamples =>
        new()
        {
            // Fragments on Object, Interface or Union Types
            """
                fragment fragOnObject on Dog {
                  name
                }

                fragment fragOnInterface on Pet {
                  name
                }

                fragment fragOnUnion on CatOrDog {
                  ... on Dog {
                    name
                  }
                }
                """,
        };
}
