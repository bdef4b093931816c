using static CustomerGraph.Api.Tests.Expectation;

namespace CustomerGraph.Api.Tests;

public static partial class HostileInputCatalogue
{
    /// <summary>The cases of <see cref="IntrospectionLoop"/>: one row a case, stamped with the category by <see cref="All"/>.</summary>
    private static HostileCase[] IntrospectionRows()
    {
        var tooDeep = Error("INTROSPECTION_DEPTH_EXCEEDED");
        const string fieldsLoop =
            "{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }";
        return
        [
            Post("fields of fields of fields", fieldsLoop, null, tooDeep),
            Post(
                "ofType and fields",
                "{ __type(name: \"Customer\") { fields { type { ofType { fields { type { ofType { fields { type { ofType { fields { name } } } } } } } } } } } }",
                null,
                tooDeep
            ),
            Post(
                "possibleTypes and interfaces",
                "{ __type(name: \"Node\") { possibleTypes { interfaces { possibleTypes { interfaces { possibleTypes { name } } } } } } }",
                null,
                tooDeep
            ),
            Post(
                "inputFields of inputFields",
                "{ __type(name: \"UpdateCustomerInput\") { inputFields { type { inputFields { type { inputFields { type { inputFields { name } } } } } } } } }",
                null,
                tooDeep
            ),
            Post(
                "the loop hidden in fragments",
                "{ __schema { types { ...T } } } fragment T on __Type { fields { type { ...U } } } fragment U on __Type { fields { type { fields { name } } } }",
                null,
                tooDeep
            ),
            Post(
                "ofType 40 deep",
                "{ __type(name: \"Customer\") "
                    + string.Concat(Enumerable.Repeat("{ ofType ", 40))
                    + "{ name }"
                    + new string('}', 40)
                    + " }",
                null,
                Error("MAX_DEPTH_EXCEEDED")
            ),
            Post(
                "700 aliases of __schema",
                "{ "
                    + string.Concat(
                        Enumerable.Range(0, 700).Select(i => $"s{i}: __schema {{ types {{ name }} }} ")
                    )
                    + "}",
                null,
                Error("MAX_FIELDS_EXCEEDED")
            ),
            Post(
                "answered 200 under application/json",
                fieldsLoop,
                null,
                Error("INTROSPECTION_DEPTH_EXCEEDED", Ok)
            ) with
            {
                Accept = "application/json",
            },
            Get("GET fields of fields of fields", fieldsLoop, null, tooDeep),
            BatchRaw(
                "batch of 20 loops",
                "[" + string.Join(",", Enumerable.Repeat(GraphQLBody(fieldsLoop, null), 20)) + "]",
                Batch([.. Enumerable.Repeat("INTROSPECTION_DEPTH_EXCEEDED", 20)])
            ),
        ];
    }
}
