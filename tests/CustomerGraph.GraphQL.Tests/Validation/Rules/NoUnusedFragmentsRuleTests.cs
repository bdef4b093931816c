namespace CustomerGraph.GraphQL.Tests.Validation.Rules;

/// <summary>NoUnusedFragmentsRule: messages and locations as graphql-js 17.1 reports them.</summary>
public sealed class NoUnusedFragmentsRuleTests() : RuleTests("NoUnusedFragmentsRule")
{
    public static TheoryData<string> ValidDocuments =>
        new()
        {
            """
                { dog { ...A } }
                fragment A on Dog { ...B }
                fragment B on Dog { name }
                """,
        };

    public static TheoryData<string, string[]> InvalidDocuments =>
        new()
        {
            {
                """
                    query Foo { dog { ...A } }
                    fragment A on Dog { name }
                    fragment B on Dog { ...C }
                    fragment C on Dog { ...B }
                    """,
                ["Fragment \"B\" is never used. (3:1)", "Fragment \"C\" is never used. (4:1)"]
            },
            {
                """
                    fragment Unused on Dog { name }
                    """,
                ["Fragment \"Unused\" is never used. (1:1)"]
            },
        };
}
