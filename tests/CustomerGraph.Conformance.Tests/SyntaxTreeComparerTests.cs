using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.Conformance.Tests;

public sealed class SyntaxTreeComparerTests
{
    private static readonly Location Here = new(0, 5, 1, 1);
    private static readonly Location There = new(10, 20, 3, 7);

    private static DocumentNode Query(string fieldName, Location location, bool block = false) =>
        new(
            [
                new OperationDefinitionNode(
                    new StringValueNode("described", block, location),
                    OperationType.Query,
                    null,
                    [],
                    [],
                    new SelectionSetNode(
                        [new FieldNode(null, new NameNode(fieldName, location), [], [], null, location)],
                        location
                    ),
                    location
                ),
            ],
            location
        );

    [Fact]
    public void Trees_that_differ_only_in_locations_are_equal() =>
        Assert.Null(SyntaxTreeComparer.FindDifference(Query("dog", Here), Query("dog", There)));

    [Fact]
    public void A_different_name_is_reported_with_its_path() =>
        Assert.Equal(
            "Document.Definitions[0].SelectionSet.Selections[0].Name.Value: \"dog\" vs \"cat\"",
            SyntaxTreeComparer.FindDifference(Query("dog", Here), Query("cat", Here))
        );

    [Fact]
    public void Block_and_regular_strings_differ() =>
        Assert.Equal(
            "Document.Definitions[0].Description.Block: False vs True",
            SyntaxTreeComparer.FindDifference(Query("dog", Here), Query("dog", Here, block: true))
        );

    [Fact]
    public void Different_node_kinds_differ()
    {
        var withVariable = new ArgumentNode(
            new NameNode("a", Here),
            new VariableNode(new NameNode("v", Here), Here),
            Here
        );
        var withEnum = new ArgumentNode(new NameNode("a", Here), new EnumValueNode("v", Here), Here);
        Assert.Equal(
            "Argument.Value: \"VariableNode\" vs \"EnumValueNode\"",
            SyntaxTreeComparer.FindDifference(withVariable, withEnum)
        );
    }
}
