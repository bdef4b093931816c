namespace CustomerGraph.GraphQL.Tests.Validation.Rules;

/// <summary>SingleFieldSubscriptionsRule: messages and locations as graphql-js 17.1 reports them.</summary>
public sealed class SingleFieldSubscriptionsRuleTests()
    : RuleTestsWithSpecExamples("SingleFieldSubscriptionsRule")
{
    public static TheoryData<string> ValidDocuments =>
        new()
        {
            """
                subscription ImportantEmails { newMessage { body } }
                """,
            """
                subscription { ... on Subscription { newMessage { body } } }
                """,
            """
                subscription { newMessage { body } ... on Query { dog { name } } }
                """,
        };

    public static TheoryData<string, string[]> InvalidDocuments =>
        new()
        {
            {
                """
                    subscription { newMessage { body } ... F }
                    fragment F on Subscription { disallowedSecondRootField newMessage { sender } }
                    """,
                ["Anonymous Subscription must select only one top level field. (2:30)"]
            },
            {
                """
                    subscription { __typename }
                    """,
                ["Anonymous Subscription must not select an introspection top level field. (1:16)"]
            },
            {
                """
                    subscription { ... on Subscription @include(if: true) { newMessage { body } } ...F @skip(if: false) }
                    fragment F on Subscription { disallowedSecondRootField }
                    """,
                [
                    "Anonymous Subscription must not use `@skip` or `@include` directives in the top level selection. (1:36, 1:84)",
                ]
            },
            {
                """
                    subscription NoFields { ...F }
                    fragment F on Query { dog { name } }
                    """,
                ["Subscription \"NoFields\" must select one top level field. (1:23)"]
            },
            {
                """
                    subscription { newMessage { body } alias: newMessage { sender } __schema { description } }
                    """,
                [
                    "Anonymous Subscription must select only one top level field. (1:36, 1:65)",
                    "Anonymous Subscription must not select an introspection top level field. (1:65)",
                ]
            },
        };

    /// <summary>Counter-examples of spec section 5 that this rule rejects.</summary>
    public static TheoryData<string, string[]> SpecCounterExamples =>
        new()
        {
            // Single Root Field
            {
                """
                    subscription sub {
                      newMessage {
                        body
                        sender
                      }
                      disallowedSecondRootField
                    }
                    """,
                ["Subscription \"sub\" must select only one top level field. (6:3)"]
            },
            // Single Root Field
            {
                """
                    subscription sub {
                      ...multipleSubscriptions
                    }

                    fragment multipleSubscriptions on Subscription {
                      newMessage {
                        body
                        sender
                      }
                      disallowedSecondRootField
                    }
                    """,
                ["Subscription \"sub\" must select only one top level field. (10:3)"]
            },
            // Single Root Field
            {
                """
                    subscription requiredRuntimeValidation($bool: Boolean!) {
                      newMessage @include(if: $bool) {
                        body
                        sender
                      }
                      disallowedSecondRootField @skip(if: $bool)
                    }
                    """,
                [
                    "Subscription \"requiredRuntimeValidation\" must not use `@skip` or `@include` directives in the top level selection. (2:14, 6:29)",
                ]
            },
            // Single Root Field
            {
                """
                    subscription sub {
                      __typename
                    }
                    """,
                ["Subscription \"sub\" must not select an introspection top level field. (2:3)"]
            },
        };

    /// <summary>Examples of spec section 5 that this rule accepts.</summary>
    public static TheoryData<string> SpecExamples =>
        new()
        {
            // Single Root Field
            """
                subscription sub {
                  newMessage {
                    body
                    sender
                  }
                }
                """,
            // Single Root Field
            """
                subscription sub {
                  ...newMessageFields
                }

                fragment newMessageFields on Subscription {
                  newMessage {
                    body
                    sender
                  }
                }
                """,
        };
}
