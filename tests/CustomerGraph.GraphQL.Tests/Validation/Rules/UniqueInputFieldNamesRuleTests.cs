namespace CustomerGraph.GraphQL.Tests.Validation.Rules;

/// <summary>UniqueInputFieldNamesRule: messages and locations as graphql-js 17.1 reports them.</summary>
public sealed class UniqueInputFieldNamesRuleTests()
    : RuleTestsWithCounterExamples("UniqueInputFieldNamesRule")
{
    public static TheoryData<string> ValidDocuments =>
        new()
        {
            """
                { complicatedArgs { complexArgField(complexArg: { requiredField: true, intField: 1 }) } findDog(searchBy: { name: "a" }) { name } }
                """,
        };

    public static TheoryData<string, string[]> InvalidDocuments =>
        new()
        {
            {
                """
                    { complicatedArgs { complexArgField(complexArg: { requiredField: true, intField: 1, intField: 2, requiredField: false, intField: 3 }) } }
                    """,
                [
                    "There can be only one input field named \"intField\". (1:72, 1:85)",
                    "There can be only one input field named \"requiredField\". (1:51, 1:98)",
                    "There can be only one input field named \"intField\". (1:72, 1:120)",
                ]
            },
            {
                """
                    { complicatedArgs { jsonArgField(jsonArg: { a: { b: 1, b: 2 }, a: [{ c: 1, c: 1 }] }) } }
                    """,
                [
                    "There can be only one input field named \"b\". (1:50, 1:56)",
                    "There can be only one input field named \"a\". (1:45, 1:64)",
                    "There can be only one input field named \"c\". (1:70, 1:76)",
                ]
            },
        };

    /// <summary>Counter-examples of spec section 5 that this rule rejects.</summary>
    public static TheoryData<string, string[]> SpecCounterExamples =>
        new()
        {
            // Input Object Field Uniqueness
            {
                """
                    {
                      field(arg: { field: true, field: false })
                    }
                    """,
                ["There can be only one input field named \"field\". (2:16, 2:29)"]
            },
        };
}
