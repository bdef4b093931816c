namespace CustomerGraph.GraphQL.Tests.Validation.Rules;

/// <summary>UniqueDirectivesPerLocationRule: messages and locations as graphql-js 17.1 reports them.</summary>
public sealed class UniqueDirectivesPerLocationRuleTests() : RuleTests("UniqueDirectivesPerLocationRule")
{
    public static TheoryData<string> ValidDocuments =>
        new()
        {
            """
                { dog @repeatable @repeatable { name @include(if: true) @skip(if: false) } }
                """,
        };

    public static TheoryData<string, string[]> InvalidDocuments =>
        new()
        {
            {
                """
                    { dog @include(if: true) @include(if: false) @skip(if: true) { name @skip(if: true) @skip(if: true) @skip(if: false) } }
                    """,
                [
                    "The directive \"@include\" can only be used once at this location. (1:7, 1:26)",
                    "The directive \"@skip\" can only be used once at this location. (1:69, 1:85)",
                    "The directive \"@skip\" can only be used once at this location. (1:69, 1:101)",
                ]
            },
            {
                """
                    fragment F on Dog @onFragmentDefinition @onFragmentDefinition { ... @onInlineFragment @onInlineFragment { name } }
                    """,
                [
                    "The directive \"@onFragmentDefinition\" can only be used once at this location. (1:19, 1:41)",
                    "The directive \"@onInlineFragment\" can only be used once at this location. (1:69, 1:87)",
                ]
            },
            {
                """
                    type T @dir { f: String }
                    extend type T @dir
                    directive @dir on OBJECT
                    """,
                ["The directive \"@dir\" can only be used once at this location. (1:8, 2:15)"]
            },
        };
}
