namespace CustomerGraph.GraphQL.Tests.Validation.Rules;

/// <summary>MaxIntrospectionDepthRule: messages and locations as graphql-js 17.1 reports them.</summary>
public sealed class MaxIntrospectionDepthRuleTests() : RuleTests("MaxIntrospectionDepthRule")
{
    public static TheoryData<string> ValidDocuments =>
        new()
        {
            """
                { __schema { types { fields { type { fields { name } } } } } }
                """,
            """
                { __type(name: "Dog") { fields { type { interfaces { name } } } } }
                """,
        };

    public static TheoryData<string, string[]> InvalidDocuments =>
        new()
        {
            {
                """
                    { __schema { types { fields { type { fields { type { fields { name } } } } } } } }
                    """,
                ["Maximum introspection depth exceeded (1:3)"]
            },
            {
                """
                    { __type(name: "Dog") { ...F } }
                    fragment F on __Type { possibleTypes { interfaces { inputFields { name } } } }
                    """,
                ["Maximum introspection depth exceeded (1:3)"]
            },
            {
                """
                    { __schema { types { ...T } } a: __type(name: "Dog") { ...T } }
                    fragment T on __Type { fields { type { ...T } } }
                    """,
                ["Maximum introspection depth exceeded (1:3)", "Maximum introspection depth exceeded (1:31)"]
            },
        };
}
