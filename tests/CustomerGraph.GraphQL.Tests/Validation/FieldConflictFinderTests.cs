// Spec 5.3.2 "Field Selection Merging": the cases of graphql-js 17.1's OverlappingFieldsCanBeMergedRule tests
// and this engine's own, each with the errors graphql-js 17.1 reports, plus documents that must stay linear.
using System.Diagnostics;
using System.Text;
using CustomerGraph.GraphQL.Validation.Rules;

namespace CustomerGraph.GraphQL.Tests.Validation;

public sealed class FieldConflictFinderTests
{
    private const string Harness = nameof(Harness);
    private const string Boxes = nameof(Boxes);
    private const string TwoArguments = nameof(TwoArguments);
    private const string SomeInput = nameof(SomeInput);
    private const string Keywords = nameof(Keywords);

    private static readonly Dictionary<string, Lazy<Schema>> Schemas = new()
    {
        [Harness] = new(() => SchemaBuilder.FromSdl(HarnessSdl)),
        [Boxes] = new(() => SchemaBuilder.FromSdl(BoxesSdl)),
        [TwoArguments] = new(() => SchemaBuilder.FromSdl(TwoArgumentsSdl)),
        [SomeInput] = new(() => SchemaBuilder.FromSdl(SomeInputSdl)),
        [Keywords] = new(() => SchemaBuilder.FromSdl(KeywordsSdl)),
    };

    [Theory]
    [MemberData(nameof(GraphQLJsCases))]
    public void Reports_the_conflicts_graphql_js_reports(
        string behaviour,
        string schema,
        string document,
        string[] expected
    )
    {
        var (errors, _) = FindConflicts(Schemas[schema].Value, document);

        var actual = errors.Select(error => error.ToString()).ToArray();
        if (!actual.SequenceEqual(expected))
            Assert.Fail(
                $"{behaviour}\nexpected:\n{string.Join("\n", expected)}\nactual:\n{string.Join("\n", actual)}"
            );
        Assert.All(
            errors,
            error =>
            {
                Assert.Equal("GRAPHQL_VALIDATION_FAILED", error.Code);
                Assert.Equal("OverlappingFieldsCanBeMergedRule", error.Rule);
            }
        );
    }

    [Fact]
    public void Response_names_over_a_thousand_characters_are_abbreviated()
    {
        var alias = new string('n', 1001);
        var document = $"{{\n  dog {{\n    {alias}: name\n    {alias}: nickname\n  }}\n}}";

        var (errors, _) = FindConflicts(Schemas[Harness].Value, document);

        Assert.Equal(
            [
                Conflict(
                    new string('n', 1000) + "...",
                    "\"name\" and \"nickname\" are different fields",
                    "3:5",
                    "4:5"
                ),
            ],
            errors.Select(error => error.ToString())
        );
    }

    [Fact]
    public void A_typename_alias_must_return_the_same_shape_as_its_namesake_on_an_exclusive_type()
    {
        // Spec 5.3.2 SameResponseShape: __typename returns String!, nickname String. graphql-js 17.1 skips
        // meta fields here (it looks only at declared fields) and reports nothing.
        const string document = """
            {
              catOrDog {
                ... on Dog {
                  x: __typename
                }
                ... on Cat {
                  x: nickname
                }
              }
            }
            """;

        var (errors, _) = FindConflicts(Schemas[Harness].Value, document);

        Assert.Equal(
            [Conflict("x", "they return conflicting types \"String!\" and \"String\"", "4:7", "7:7")],
            errors.Select(error => error.ToString())
        );
    }

    [Fact]
    public void Ten_thousand_distinct_fields_are_checked_in_linear_time()
    {
        var document = Selection("dog", Enumerable.Range(0, 10_000).Select(i => $"f{i}: name"));

        var (errors, finder) = TimedFindConflicts(document);

        Assert.Empty(errors);
        Assert.False(finder.IsAborted);
    }

    [Fact]
    public void Ten_thousand_identical_aliases_merge_without_comparing_every_pair()
    {
        // graphql-js 17.1 compares all fifty million pairs, runs out of budget and aborts validation.
        var document = Selection("dog", Enumerable.Repeat("a: name", 10_000));

        var (errors, finder) = TimedFindConflicts(document);

        Assert.Empty(errors);
        Assert.False(finder.IsAborted);
    }

    [Fact]
    public void Ten_thousand_identical_aliases_with_arguments_merge_without_comparing_every_pair()
    {
        var document = Selection(
            "dog",
            Enumerable
                .Repeat("a: doesKnowCommand(dogCommand: SIT)", 5_000)
                .Concat(Enumerable.Repeat("a: doesKnowCommand(dogCommand: SIT) @include(if: true)", 5_000))
        );

        var (errors, finder) = TimedFindConflicts(document);

        Assert.Empty(errors);
        Assert.False(finder.IsAborted);
    }

    [Fact]
    public void A_field_conflicting_with_ten_thousand_identical_aliases_is_reported_against_each()
    {
        var document = Selection("dog", Enumerable.Repeat("a: name", 10_000).Append("a: nickname"));

        var (errors, finder) = TimedFindConflicts(document);

        Assert.False(finder.IsAborted);
        Assert.Equal(10_000, errors.Count);
        Assert.Equal(
            Conflict("a", "\"name\" and \"nickname\" are different fields", "3:5", "10003:5"),
            errors[0].ToString()
        );
        Assert.Equal(
            Conflict("a", "\"name\" and \"nickname\" are different fields", "10002:5", "10003:5"),
            errors[^1].ToString()
        );
    }

    [Fact]
    public void Ten_thousand_identical_aliases_in_each_of_two_fragments_merge_without_comparing_every_pair()
    {
        var aliases = string.Join("\n", Enumerable.Repeat("  a: name", 10_000));
        var document =
            $"{{\n  dog {{\n    ...A\n    ...B\n  }}\n}}\nfragment A on Dog {{\n{aliases}\n}}\nfragment B on Dog {{\n{aliases}\n}}";

        var (errors, finder) = TimedFindConflicts(document);

        Assert.Empty(errors);
        Assert.False(finder.IsAborted);
    }

    [Fact]
    public void A_chain_of_ten_thousand_fragments_does_not_exhaust_the_stack()
    {
        // graphql-js 17.1 overflows its stack here; with a chain of a thousand it reports these two conflicts.
        var document = new StringBuilder("{\n  dog {\n    name\n    ...F0\n    ...G\n  }\n}\n");
        document.Append("fragment G on Dog {\n  name\n}\n");
        for (var i = 0; i < 10_000; i++)
            document.Append($"fragment F{i} on Dog {{\n  ...F{i + 1}\n}}\n");
        document.Append("fragment F10000 on Dog {\n  name: nickname\n}\n");

        // On a small stack, so that recursing once per fragment would overflow it.
        var parsed = Parser.Parse(document.ToString());
        var (errors, finder) = SmallStack.Run(() => FindConflicts(Schemas[Harness].Value, parsed));

        Assert.False(finder.IsAborted);
        Assert.Equal(
            [
                Conflict("name", "\"name\" and \"nickname\" are different fields", "3:5", "30012:3"),
                Conflict("name", "\"nickname\" and \"name\" are different fields", "30012:3", "9:3"),
            ],
            errors.Select(error => error.ToString())
        );
    }

    [Fact]
    public void Comparisons_beyond_graphql_js_budget_abort_validation_as_graphql_js_does()
    {
        // Half a million pairs of distinct fields, as many comparisons as graphql-js allows in a document.
        var document = Selection("dog", Enumerable.Range(0, 1_000).Select(i => $"a: isAtLocation(x: {i})"));

        var (errors, finder) = FindConflicts(Schemas[Harness].Value, document);

        Assert.True(finder.IsAborted);
        Assert.Equal(["Validation aborted."], errors.Select(error => error.ToString()));
        Assert.Equal("OverlappingFieldsCanBeMergedRule", errors[0].Rule);
    }

    private static string Conflict(string responseName, string reason, params string[] locations) =>
        $"Fields \"{responseName}\" conflict because {reason}. "
        + $"Use different aliases on the fields to fetch both if this was intentional. ({string.Join(", ", locations)})";

    private static string Selection(string field, IEnumerable<string> selections) =>
        $"{{\n  {field} {{\n{string.Join("\n", selections.Select(selection => "    " + selection))}\n  }}\n}}";

    private static (List<GraphQLError> Errors, FieldConflictFinder Finder) TimedFindConflicts(string document)
    {
        var parsed = Parser.Parse(document);
        var stopwatch = Stopwatch.StartNew();
        var result = FindConflicts(Schemas[Harness].Value, parsed);
        // Generous for a shared machine; quadratic work takes far longer (or runs out of budget).
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
        return result;
    }

    private static (List<GraphQLError> Errors, FieldConflictFinder Finder) FindConflicts(
        Schema schema,
        string document
    ) => FindConflicts(schema, Parser.Parse(document));

    /// <summary>Calls the finder for every selection set in document order, with its parent type, as the validator does.</summary>
    private static (List<GraphQLError> Errors, FieldConflictFinder Finder) FindConflicts(
        Schema schema,
        DocumentNode document
    )
    {
        var fragments = new Dictionary<string, FragmentDefinitionNode>();
        foreach (var fragment in document.Definitions.OfType<FragmentDefinitionNode>())
            fragments[fragment.Name.Value] = fragment;
        var finder = new FieldConflictFinder(schema, name => fragments.GetValueOrDefault(name));
        var errors = new List<GraphQLError>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode operation:
                    Visit(schema.GetRootType(operation.Operation), operation.SelectionSet);
                    break;
                case FragmentDefinitionNode fragment:
                    Visit(
                        CompositeOrNull(schema.GetType(fragment.TypeCondition.Name.Value)),
                        fragment.SelectionSet
                    );
                    break;
            }
        }
        return (errors, finder);

        void Visit(NamedType? parentType, SelectionSetNode selectionSet)
        {
            finder.FindConflictsWithinSelectionSet(parentType, selectionSet, errors);
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode { SelectionSet: { } subSelection } field:
                        var definition = parentType is null
                            ? null
                            : schema.GetFieldDefinition(parentType, field.Name.Value);
                        Visit(CompositeOrNull(definition?.Type.Unwrapped), subSelection);
                        break;
                    case InlineFragmentNode inlineFragment:
                        var typeCondition = inlineFragment.TypeCondition;
                        Visit(
                            typeCondition is null
                                ? parentType
                                : CompositeOrNull(schema.GetType(typeCondition.Name.Value)),
                            inlineFragment.SelectionSet
                        );
                        break;
                }
            }
        }
    }

    private static NamedType? CompositeOrNull(NamedType? type) =>
        type is { IsCompositeType: true } ? type : null;

    public static TheoryData<string, string, string, string[]> GraphQLJsCases =>
        new()
        {
            {
                "unique fields",
                Harness,
                """
                    fragment uniqueFields on Dog {
                      name
                      nickname
                    }
                    """,
                []
            },
            {
                "identical fields",
                Harness,
                """
                    fragment mergeIdenticalFields on Dog {
                      name
                      name
                    }
                    """,
                []
            },
            {
                "identical fields with identical args",
                Harness,
                """
                    fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
                      doesKnowCommand(dogCommand: SIT)
                      doesKnowCommand(dogCommand: SIT)
                    }
                    """,
                []
            },
            {
                "identical fields with identical directives",
                Harness,
                """
                    fragment mergeSameFieldsWithSameDirectives on Dog {
                      name @include(if: true)
                      name @include(if: true)
                    }
                    """,
                []
            },
            {
                "different args with different aliases",
                Harness,
                """
                    fragment differentArgsWithDifferentAliases on Dog {
                      knowsSit: doesKnowCommand(dogCommand: SIT)
                      knowsDown: doesKnowCommand(dogCommand: DOWN)
                    }
                    """,
                []
            },
            {
                "different directives with different aliases",
                Harness,
                """
                    fragment differentDirectivesWithDifferentAliases on Dog {
                      nameIfTrue: name @include(if: true)
                      nameIfFalse: name @include(if: false)
                    }
                    """,
                []
            },
            {
                "different skip/include directives accepted",
                Harness,
                """
                    fragment differentDirectivesWithDifferentAliases on Dog {
                      name @include(if: true)
                      name @include(if: false)
                    }
                    """,
                []
            },
            {
                "Same aliases with different field targets",
                Harness,
                """
                    fragment sameAliasesWithDifferentFieldTargets on Dog {
                      fido: name
                      fido: nickname
                    }
                    """,
                [Conflict("fido", "\"name\" and \"nickname\" are different fields", "2:3", "3:3")]
            },
            {
                "Same aliases allowed on non-overlapping fields",
                Harness,
                """
                    fragment sameAliasesWithDifferentFieldTargets on Pet {
                      ... on Dog {
                        name
                      }
                      ... on Cat {
                        name: nickname
                      }
                    }
                    """,
                []
            },
            {
                "Alias masking direct field access",
                Harness,
                """
                    fragment aliasMaskingDirectFieldAccess on Dog {
                      name: nickname
                      name
                    }
                    """,
                [Conflict("name", "\"nickname\" and \"name\" are different fields", "2:3", "3:3")]
            },
            {
                "different args, second adds an argument",
                Harness,
                """
                    fragment conflictingArgs on Dog {
                      doesKnowCommand
                      doesKnowCommand(dogCommand: HEEL)
                    }
                    """,
                [Conflict("doesKnowCommand", "they have differing arguments", "2:3", "3:3")]
            },
            {
                "different args, second missing an argument",
                Harness,
                """
                    fragment conflictingArgs on Dog {
                      doesKnowCommand(dogCommand: SIT)
                      doesKnowCommand
                    }
                    """,
                [Conflict("doesKnowCommand", "they have differing arguments", "2:3", "3:3")]
            },
            {
                "conflicting arg values",
                Harness,
                """
                    fragment conflictingArgs on Dog {
                      doesKnowCommand(dogCommand: SIT)
                      doesKnowCommand(dogCommand: HEEL)
                    }
                    """,
                [Conflict("doesKnowCommand", "they have differing arguments", "2:3", "3:3")]
            },
            {
                "conflicting arg names",
                Harness,
                """
                    fragment conflictingArgs on Dog {
                      isAtLocation(x: 0)
                      isAtLocation(y: 0)
                    }
                    """,
                [Conflict("isAtLocation", "they have differing arguments", "2:3", "3:3")]
            },
            {
                "allows different args where no conflict is possible",
                Harness,
                """
                    fragment conflictingArgs on Pet {
                      ... on Dog {
                        name(surname: true)
                      }
                      ... on Cat {
                        name
                      }
                    }
                    """,
                []
            },
            {
                "allows different order of args",
                TwoArguments,
                """
                    {
                      someField(a: null, b: null)
                      someField(b: null, a: null)
                    }
                    """,
                []
            },
            {
                "allows different order of input object fields in arg values",
                SomeInput,
                """
                    {
                      someField(arg: { a: null, b: null })
                      someField(arg: { b: null, a: null })
                    }
                    """,
                []
            },
            {
                "encounters conflict in fragments",
                Harness,
                """
                    {
                      ...A
                      ...B
                    }
                    fragment A on Type {
                      x: a
                    }
                    fragment B on Type {
                      x: b
                    }
                    """,
                [Conflict("x", "\"a\" and \"b\" are different fields", "6:3", "9:3")]
            },
            {
                "reports each conflict once",
                Harness,
                """
                    {
                      f1 {
                        ...A
                        ...B
                      }
                      f2 {
                        ...B
                        ...A
                      }
                      f3 {
                        ...A
                        ...B
                        x: c
                      }
                    }
                    fragment A on Type {
                      x: a
                    }
                    fragment B on Type {
                      x: b
                    }
                    """,
                [
                    Conflict("x", "\"a\" and \"b\" are different fields", "17:3", "20:3"),
                    Conflict("x", "\"c\" and \"a\" are different fields", "13:5", "17:3"),
                    Conflict("x", "\"c\" and \"b\" are different fields", "13:5", "20:3"),
                ]
            },
            {
                "deep conflict",
                Harness,
                """
                    {
                      field {
                        x: a
                      },
                      field {
                        x: b
                      }
                    }
                    """,
                [
                    Conflict(
                        "field\" conflict because subfields \"x",
                        "\"a\" and \"b\" are different fields",
                        "2:3",
                        "3:5",
                        "5:3",
                        "6:5"
                    ),
                ]
            },
            {
                "deep conflict with multiple issues",
                Harness,
                """
                    {
                      field {
                        x: a
                        y: c
                      },
                      field {
                        x: b
                        y: d
                      }
                    }
                    """,
                [
                    Conflict(
                        "field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y",
                        "\"c\" and \"d\" are different fields",
                        "2:3",
                        "3:5",
                        "4:5",
                        "6:3",
                        "7:5",
                        "8:5"
                    ),
                ]
            },
            {
                "very deep conflict",
                Harness,
                """
                    {
                      field {
                        deepField {
                          x: a
                        }
                      },
                      field {
                        deepField {
                          x: b
                        }
                      }
                    }
                    """,
                [
                    Conflict(
                        "field\" conflict because subfields \"deepField\" conflict because subfields \"x",
                        "\"a\" and \"b\" are different fields",
                        "2:3",
                        "3:5",
                        "4:7",
                        "7:3",
                        "8:5",
                        "9:7"
                    ),
                ]
            },
            {
                "reports deep conflict to nearest common ancestor",
                Harness,
                """
                    {
                      field {
                        deepField {
                          x: a
                        }
                        deepField {
                          x: b
                        }
                      },
                      field {
                        deepField {
                          y
                        }
                      }
                    }
                    """,
                [
                    Conflict(
                        "deepField\" conflict because subfields \"x",
                        "\"a\" and \"b\" are different fields",
                        "3:5",
                        "4:7",
                        "6:5",
                        "7:7"
                    ),
                ]
            },
            {
                "reports deep conflict to nearest common ancestor in fragments",
                Harness,
                """
                    {
                      field {
                        ...F
                      }
                      field {
                        ...F
                      }
                    }
                    fragment F on T {
                      deepField {
                        deeperField {
                          x: a
                        }
                        deeperField {
                          x: b
                        }
                      },
                      deepField {
                        deeperField {
                          y
                        }
                      }
                    }
                    """,
                [
                    Conflict(
                        "deeperField\" conflict because subfields \"x",
                        "\"a\" and \"b\" are different fields",
                        "11:5",
                        "12:7",
                        "14:5",
                        "15:7"
                    ),
                ]
            },
            {
                "reports deep conflict in nested fragments",
                Harness,
                """
                    {
                      field {
                        ...I
                      }
                      field {
                        ...F
                      }
                    }
                    fragment F on T {
                      x: a
                      ...G
                    }
                    fragment G on T {
                      y: c
                    }
                    fragment I on T {
                      y: d
                      ...J
                    }
                    fragment J on T {
                      x: b
                    }
                    """,
                [
                    Conflict(
                        "field\" conflict because subfields \"y\" conflict because \"d\" and \"c\" are different fields and subfields \"x",
                        "\"b\" and \"a\" are different fields",
                        "2:3",
                        "17:3",
                        "21:3",
                        "5:3",
                        "14:3",
                        "10:3"
                    ),
                ]
            },
            {
                "reports deep conflict after nested fragments",
                Harness,
                """
                    fragment F on T {
                      ...G
                    }
                    fragment G on T {
                      ...H
                    }
                    fragment H on T {
                      x: a
                    }
                    {
                      x: b
                      ...F
                    }
                    """,
                [Conflict("x", "\"b\" and \"a\" are different fields", "11:3", "8:3")]
            },
            {
                "ignores unknown fragments",
                Harness,
                """
                    {
                      field
                      ...Unknown
                      ...Known
                    }

                    fragment Known on T {
                      field
                      ...OtherUnknown
                    }
                    """,
                []
            },
            {
                "conflicting return types which potentially overlap",
                Boxes,
                """
                    {
                      someBox {
                        ...on IntBox {
                          scalar
                        }
                        ...on NonNullStringBox1 {
                          scalar
                        }
                      }
                    }
                    """,
                [Conflict("scalar", "they return conflicting types \"Int\" and \"String!\"", "4:7", "7:7")]
            },
            {
                "compatible return shapes on different return types",
                Boxes,
                """
                    {
                      someBox {
                        ... on SomeBox {
                          deepBox {
                            unrelatedField
                          }
                        }
                        ... on StringBox {
                          deepBox {
                            unrelatedField
                          }
                        }
                      }
                    }
                    """,
                []
            },
            {
                "disallows differing return types despite no overlap",
                Boxes,
                """
                    {
                      someBox {
                        ... on IntBox {
                          scalar
                        }
                        ... on StringBox {
                          scalar
                        }
                      }
                    }
                    """,
                [Conflict("scalar", "they return conflicting types \"Int\" and \"String\"", "4:7", "7:7")]
            },
            {
                "reports correctly when a non-exclusive follows an exclusive",
                Boxes,
                """
                    {
                      someBox {
                        ... on IntBox {
                          deepBox {
                            ...X
                          }
                        }
                      }
                      someBox {
                        ... on StringBox {
                          deepBox {
                            ...Y
                          }
                        }
                      }
                      memoed: someBox {
                        ... on IntBox {
                          deepBox {
                            ...X
                          }
                        }
                      }
                      memoed: someBox {
                        ... on StringBox {
                          deepBox {
                            ...Y
                          }
                        }
                      }
                      other: someBox {
                        ...X
                      }
                      other: someBox {
                        ...Y
                      }
                    }
                    fragment X on SomeBox {
                      scalar
                    }
                    fragment Y on SomeBox {
                      scalar: unrelatedField
                    }
                    """,
                [
                    Conflict(
                        "other\" conflict because subfields \"scalar",
                        "\"scalar\" and \"unrelatedField\" are different fields",
                        "30:3",
                        "38:3",
                        "33:3",
                        "41:3"
                    ),
                ]
            },
            {
                "disallows differing return type nullability despite no overlap",
                Boxes,
                """
                    {
                      someBox {
                        ... on NonNullStringBox1 {
                          scalar
                        }
                        ... on StringBox {
                          scalar
                        }
                      }
                    }
                    """,
                [Conflict("scalar", "they return conflicting types \"String!\" and \"String\"", "4:7", "7:7")]
            },
            {
                "disallows differing return type list despite no overlap",
                Boxes,
                """
                    {
                      someBox {
                        ... on IntBox {
                          box: listStringBox {
                            scalar
                          }
                        }
                        ... on StringBox {
                          box: stringBox {
                            scalar
                          }
                        }
                      }
                    }
                    """,
                [
                    Conflict(
                        "box",
                        "they return conflicting types \"[StringBox]\" and \"StringBox\"",
                        "4:7",
                        "9:7"
                    ),
                ]
            },
            {
                "disallows differing return type list despite no overlap (2)",
                Boxes,
                """
                    {
                      someBox {
                        ... on IntBox {
                          box: stringBox {
                            scalar
                          }
                        }
                        ... on StringBox {
                          box: listStringBox {
                            scalar
                          }
                        }
                      }
                    }
                    """,
                [
                    Conflict(
                        "box",
                        "they return conflicting types \"StringBox\" and \"[StringBox]\"",
                        "4:7",
                        "9:7"
                    ),
                ]
            },
            {
                "disallows differing subfields",
                Boxes,
                """
                    {
                      someBox {
                        ... on IntBox {
                          box: stringBox {
                            val: scalar
                            val: unrelatedField
                          }
                        }
                        ... on StringBox {
                          box: stringBox {
                            val: scalar
                          }
                        }
                      }
                    }
                    """,
                [Conflict("val", "\"scalar\" and \"unrelatedField\" are different fields", "5:9", "6:9")]
            },
            {
                "disallows differing deep return types despite no overlap",
                Boxes,
                """
                    {
                      someBox {
                        ... on IntBox {
                          box: stringBox {
                            scalar
                          }
                        }
                        ... on StringBox {
                          box: intBox {
                            scalar
                          }
                        }
                      }
                    }
                    """,
                [
                    Conflict(
                        "box\" conflict because subfields \"scalar",
                        "they return conflicting types \"String\" and \"Int\"",
                        "4:7",
                        "5:9",
                        "9:7",
                        "10:9"
                    ),
                ]
            },
            {
                "allows non-conflicting overlapping types",
                Boxes,
                """
                    {
                      someBox {
                        ... on IntBox {
                          scalar: unrelatedField
                        }
                        ... on StringBox {
                          scalar
                        }
                      }
                    }
                    """,
                []
            },
            {
                "same wrapped scalar return types",
                Boxes,
                """
                    {
                      someBox {
                        ...on NonNullStringBox1 {
                          scalar
                        }
                        ...on NonNullStringBox2 {
                          scalar
                        }
                      }
                    }
                    """,
                []
            },
            {
                "allows inline fragments without type condition",
                Boxes,
                """
                    {
                      a
                      ... {
                        a
                      }
                    }
                    """,
                []
            },
            {
                "compares deep types including list",
                Boxes,
                """
                    {
                      connection {
                        ...edgeID
                        edges {
                          node {
                            id: name
                          }
                        }
                      }
                    }

                    fragment edgeID on Connection {
                      edges {
                        node {
                          id
                        }
                      }
                    }
                    """,
                [
                    Conflict(
                        "edges\" conflict because subfields \"node\" conflict because subfields \"id",
                        "\"name\" and \"id\" are different fields",
                        "4:5",
                        "5:7",
                        "6:9",
                        "13:3",
                        "14:5",
                        "15:7"
                    ),
                ]
            },
            {
                "ignores unknown types",
                Boxes,
                """
                    {
                      someBox {
                        ...on UnknownType {
                          scalar
                        }
                        ...on NonNullStringBox2 {
                          scalar
                        }
                      }
                    }
                    """,
                []
            },
            {
                "works for field names that are JS keywords",
                Keywords,
                """
                    {
                      foo {
                        constructor
                      }
                    }
                    """,
                []
            },
            {
                "does not infinite loop on recursive fragment",
                Harness,
                """
                    {
                      ...fragA
                    }

                    fragment fragA on Human { name, relatives { name, ...fragA } }
                    """,
                []
            },
            {
                "does not infinite loop on immediately recursive fragment",
                Harness,
                """
                    {
                      ...fragA
                    }

                    fragment fragA on Human { name, ...fragA }
                    """,
                []
            },
            {
                "does not infinite loop on recursive fragment with a field named after fragment",
                Harness,
                """
                    {
                      ...fragA
                      fragA
                    }

                    fragment fragA on Query { ...fragA }
                    """,
                []
            },
            {
                "finds invalid cases even with field named after fragment",
                Harness,
                """
                    {
                      fragA
                      ...fragA
                    }

                    fragment fragA on Type {
                      fragA: b
                    }
                    """,
                [Conflict("fragA", "\"fragA\" and \"b\" are different fields", "2:3", "7:3")]
            },
            {
                "does not infinite loop on transitively recursive fragment",
                Harness,
                """
                    {
                      ...fragA
                      fragB
                    }

                    fragment fragA on Human { name, ...fragB }
                    fragment fragB on Human { name, ...fragC }
                    fragment fragC on Human { name, ...fragA }
                    """,
                []
            },
            {
                "finds invalid case even with immediately recursive fragment",
                Harness,
                """
                    fragment sameAliasesWithDifferentFieldTargets on Dog {
                      ...sameAliasesWithDifferentFieldTargets
                      fido: name
                      fido: nickname
                    }
                    """,
                [Conflict("fido", "\"name\" and \"nickname\" are different fields", "3:3", "4:3")]
            },
            {
                "does not infinite loop on recursive fragments separated by fields",
                Harness,
                """
                    {
                      ...fragA
                      ...fragB
                    }

                    fragment fragA on T {
                      x {
                        ...fragA
                        x {
                          ...fragA
                        }
                      }
                    }

                    fragment fragB on T {
                      x {
                        ...fragB
                        x {
                          ...fragB
                        }
                      }
                    }
                    """,
                []
            },
            {
                "Identical leaf aliases are reported once per conflicting pair, in document order",
                Harness,
                """
                    fragment F on Dog {
                      a: name
                      a: name
                      a: nickname
                      a: name
                    }
                    """,
                [
                    Conflict("a", "\"name\" and \"nickname\" are different fields", "2:3", "4:3"),
                    Conflict("a", "\"name\" and \"nickname\" are different fields", "3:3", "4:3"),
                    Conflict("a", "\"nickname\" and \"name\" are different fields", "4:3", "5:3"),
                ]
            },
            {
                "Identical fields with identical arguments merge and each conflicts alike",
                Harness,
                """
                    {
                      dog {
                        d: doesKnowCommand(dogCommand: SIT)
                        d: doesKnowCommand(dogCommand: HEEL)
                        d: doesKnowCommand(dogCommand: SIT)
                        d: doesKnowCommand(dogCommand: HEEL)
                      }
                    }
                    """,
                [
                    Conflict("d", "they have differing arguments", "3:5", "4:5"),
                    Conflict("d", "they have differing arguments", "3:5", "6:5"),
                    Conflict("d", "they have differing arguments", "4:5", "5:5"),
                    Conflict("d", "they have differing arguments", "5:5", "6:5"),
                ]
            },
            {
                "Repeated fields in two fragments are compared pair by pair",
                Harness,
                """
                    {
                      dog {
                        ...A
                        ...B
                      }
                    }
                    fragment A on Dog {
                      a: name
                      a: name
                    }
                    fragment B on Dog {
                      a: nickname
                      a: name
                      a: nickname
                    }
                    """,
                [
                    Conflict("a", "\"name\" and \"nickname\" are different fields", "8:3", "12:3"),
                    Conflict("a", "\"name\" and \"nickname\" are different fields", "8:3", "14:3"),
                    Conflict("a", "\"name\" and \"nickname\" are different fields", "9:3", "12:3"),
                    Conflict("a", "\"name\" and \"nickname\" are different fields", "9:3", "14:3"),
                    Conflict("a", "\"nickname\" and \"name\" are different fields", "12:3", "13:3"),
                    Conflict("a", "\"name\" and \"nickname\" are different fields", "13:3", "14:3"),
                ]
            },
            {
                "Repeated leaves on exclusive types still need the same result shape",
                Harness,
                """
                    {
                      catOrDog {
                        ... on Dog {
                          m: name
                          m: name
                        }
                        ... on Cat {
                          m: furColor
                        }
                        ... on Dog {
                          m: name
                          m: barkVolume
                        }
                      }
                    }
                    """,
                [
                    Conflict("m", "they return conflicting types \"String\" and \"FurColor\"", "4:7", "8:7"),
                    Conflict("m", "\"name\" and \"barkVolume\" are different fields", "4:7", "12:7"),
                    Conflict("m", "they return conflicting types \"String\" and \"FurColor\"", "5:7", "8:7"),
                    Conflict("m", "\"name\" and \"barkVolume\" are different fields", "5:7", "12:7"),
                    Conflict("m", "they return conflicting types \"FurColor\" and \"String\"", "8:7", "11:7"),
                    Conflict("m", "they return conflicting types \"FurColor\" and \"Int\"", "8:7", "12:7"),
                    Conflict("m", "\"name\" and \"barkVolume\" are different fields", "11:7", "12:7"),
                ]
            },
            {
                "Repeated leaves beside a field with a selection set",
                Harness,
                """
                    {
                      dog {
                        m: name
                        m: mother {
                          name
                        }
                        m: name
                        m: father {
                          name
                        }
                      }
                    }
                    """,
                [
                    Conflict("m", "\"name\" and \"mother\" are different fields", "3:5", "4:5"),
                    Conflict("m", "\"name\" and \"father\" are different fields", "3:5", "8:5"),
                    Conflict("m", "\"mother\" and \"name\" are different fields", "4:5", "7:5"),
                    Conflict("m", "\"mother\" and \"father\" are different fields", "4:5", "8:5"),
                    Conflict("m", "\"name\" and \"father\" are different fields", "7:5", "8:5"),
                ]
            },
            {
                "Inline fragment selection sets are checked once, with their enclosing selection set",
                Harness,
                """
                    {
                      dog {
                        ... on Dog {
                          x: name
                          x: nickname
                          ... {
                            y: name
                            y: barkVolume
                          }
                        }
                      }
                    }
                    """,
                [
                    Conflict("x", "\"name\" and \"nickname\" are different fields", "4:7", "5:7"),
                    Conflict("y", "\"name\" and \"barkVolume\" are different fields", "7:9", "8:9"),
                ]
            },
            {
                "Argument order does not matter",
                Harness,
                """
                    {
                      dog {
                        isAtLocation(x: 1, y: 2)
                        isAtLocation(y: 2, x: 1)
                      }
                    }
                    """,
                []
            },
            {
                "Input object field order does not matter, list item order does",
                Harness,
                """
                    {
                      complicatedArgs {
                        complexArgField(complexArg: { intField: 1, stringField: "a" })
                        complexArgField(complexArg: { stringField: "a", intField: 1 })
                        stringListArgField(stringListArg: ["a", "b"])
                        stringListArgField(stringListArg: ["b", "a"])
                      }
                    }
                    """,
                [Conflict("stringListArgField", "they have differing arguments", "5:5", "6:5")]
            },
            {
                "Values compare by kind and spelling",
                Harness,
                """"
                    query Q($a: String, $b: String) {
                      complicatedArgs {
                        s1: stringArgField(stringArg: "a")
                        s1: stringArgField(stringArg: """a""")
                        s2: stringArgField(stringArg: $a)
                        s2: stringArgField(stringArg: $a)
                        s3: stringArgField(stringArg: $a)
                        s3: stringArgField(stringArg: $b)
                        s4: stringArgField(stringArg: $a)
                        s4: stringArgField(stringArg: "a")
                        f1: floatArgField(floatArg: 1)
                        f1: floatArgField(floatArg: 1.0)
                        f2: floatArgField(floatArg: 1.0)
                        f2: floatArgField(floatArg: 1.00)
                        e1: enumArgField(enumArg: BROWN)
                        e1: enumArgField(enumArg: "BROWN")
                        n1: intArgField(intArg: null)
                        n1: intArgField(intArg: null)
                        n2: intArgField(intArg: null)
                        n2: intArgField
                        b1: booleanArgField(booleanArg: true)
                        b1: booleanArgField(booleanArg: false)
                      }
                    }
                    """",
                [
                    Conflict("s1", "they have differing arguments", "3:5", "4:5"),
                    Conflict("s3", "they have differing arguments", "7:5", "8:5"),
                    Conflict("s4", "they have differing arguments", "9:5", "10:5"),
                    Conflict("f1", "they have differing arguments", "11:5", "12:5"),
                    Conflict("f2", "they have differing arguments", "13:5", "14:5"),
                    Conflict("e1", "they have differing arguments", "15:5", "16:5"),
                    Conflict("n2", "they have differing arguments", "19:5", "20:5"),
                    Conflict("b1", "they have differing arguments", "21:5", "22:5"),
                ]
            },
            {
                "Fragment cycles terminate and conflicts through them are found",
                Harness,
                """
                    {
                      dog {
                        ...A
                      }
                    }
                    fragment A on Dog {
                      name
                      ...B
                    }
                    fragment B on Dog {
                      name: nickname
                      ...A
                    }
                    """,
                [
                    Conflict("name", "\"name\" and \"nickname\" are different fields", "7:3", "11:3"),
                    Conflict("name", "\"nickname\" and \"name\" are different fields", "11:3", "7:3"),
                ]
            },
            {
                "Fields of unknown types are compared by name and arguments only",
                Harness,
                """
                    {
                      unknown {
                        a: x
                        a: y(z: 1)
                        b: y {
                          c
                        }
                        b: y {
                          c: d
                        }
                      }
                    }
                    """,
                [
                    Conflict("a", "\"x\" and \"y\" are different fields", "3:5", "4:5"),
                    Conflict(
                        "b\" conflict because subfields \"c",
                        "\"c\" and \"d\" are different fields",
                        "5:5",
                        "6:7",
                        "8:5",
                        "9:7"
                    ),
                ]
            },
            {
                "Conflicting subfields beyond twenty nodes and a thousand characters are cut short",
                Harness,
                """
                    {
                      f {
                        a0: a
                        a1: a
                        a2: a
                        a3: a
                        a4: a
                        a5: a
                        a6: a
                        a7: a
                        a8: a
                        a9: a
                        a10: a
                        a11: a
                        a12: a
                        a13: a
                        a14: a
                        a15: a
                        a16: a
                        a17: a
                        a18: a
                        a19: a
                        a20: a
                        a21: a
                        a22: a
                        a23: a
                        a24: a
                      }
                      f {
                        a0: b
                        a1: b
                        a2: b
                        a3: b
                        a4: b
                        a5: b
                        a6: b
                        a7: b
                        a8: b
                        a9: b
                        a10: b
                        a11: b
                        a12: b
                        a13: b
                        a14: b
                        a15: b
                        a16: b
                        a17: b
                        a18: b
                        a19: b
                        a20: b
                        a21: b
                        a22: b
                        a23: b
                        a24: b
                      }
                    }
                    """,
                [
                    Conflict(
                        "f\" conflict because subfields \"a0\" conflict because \"a\" and \"b\" are different fields and subfields \"a1\" conflict because \"a\" and \"b\" are different fields and subfields \"a2\" conflict because \"a\" and \"b\" are different fields and subfields \"a3\" conflict because \"a\" and \"b\" are different fields and subfields \"a4\" conflict because \"a\" and \"b\" are different fields and subfields \"a5\" conflict because \"a\" and \"b\" are different fields and subfields \"a6\" conflict because \"a\" and \"b\" are different fields and subfields \"a7\" conflict because \"a\" and \"b\" are different fields and subfields \"a8\" conflict because \"a\" and \"b\" are different fields and subfields \"a9\" conflict because \"a\" and \"b\" are different fields and subfields \"a10\" conflict because \"a\" and \"b\" are different fields and subfields \"a11\" conflict because \"a\" and \"b\" are different fields and subfields \"a12\" conflict because \"a\" and \"b\" are different fields and subfields \"a13",
                        "\"a\" and \"b\" are different fields and subfields \"a14\" conflict becau...",
                        "2:3",
                        "3:5",
                        "4:5",
                        "5:5",
                        "6:5",
                        "7:5",
                        "8:5",
                        "9:5",
                        "10:5",
                        "11:5",
                        "12:5",
                        "13:5",
                        "14:5",
                        "15:5",
                        "16:5",
                        "17:5",
                        "18:5",
                        "19:5",
                        "20:5",
                        "21:5",
                        "29:3",
                        "30:5",
                        "31:5",
                        "32:5",
                        "33:5",
                        "34:5",
                        "35:5",
                        "36:5",
                        "37:5",
                        "38:5",
                        "39:5",
                        "40:5",
                        "41:5",
                        "42:5",
                        "43:5",
                        "44:5",
                        "45:5",
                        "46:5",
                        "47:5",
                        "48:5"
                    ),
                ]
            },
            {
                "A fragment spread beside fields is compared with them",
                Harness,
                """
                    {
                      dog {
                        ...F
                        name: nickname
                        ... on Dog {
                          ...F
                        }
                      }
                    }
                    fragment F on Dog {
                      name
                    }
                    """,
                [Conflict("name", "\"nickname\" and \"name\" are different fields", "4:5", "11:3")]
            },
        };

    private const string HarnessSdl = """
        interface Mammal {
          mother: Mammal
          father: Mammal
        }

        interface Pet {
          name(surname: Boolean): String
        }

        interface Canine implements Mammal {
          name(surname: Boolean): String
          mother: Canine
          father: Canine
        }

        enum DogCommand {
          SIT
          HEEL
          DOWN
        }

        type Dog implements Pet & Mammal & Canine {
          name(surname: Boolean): String
          nickname: String
          barkVolume: Int
          barks: Boolean
          doesKnowCommand(dogCommand: DogCommand): Boolean
          isHouseTrained(atOtherHomes: Boolean = true): Boolean
          isAtLocation(x: Int, y: Int): Boolean
          mother: Dog
          father: Dog
        }

        type Cat implements Pet {
          name(surname: Boolean): String
          nickname: String
          meows: Boolean
          meowsVolume: Int
          furColor: FurColor
        }

        union CatOrDog = Cat | Dog

        type Human {
          name(surname: Boolean): String
          pets: [Pet]
          relatives: [Human]!
        }

        enum FurColor {
          BROWN
          BLACK
          TAN
          SPOTTED
          NO_FUR
          UNKNOWN
        }

        input ComplexInput {
          requiredField: Boolean!
          nonNullField: Boolean! = false
          intField: Int
          stringField: String
          booleanField: Boolean
          stringListField: [String]
        }

        input OneOfInput @oneOf {
          stringField: String
          intField: Int
        }

        type ComplicatedArgs {
          intArgField(intArg: Int): String
          nonNullIntArgField(nonNullIntArg: Int!): String
          stringArgField(stringArg: String): String
          booleanArgField(booleanArg: Boolean): String
          enumArgField(enumArg: FurColor): String
          floatArgField(floatArg: Float): String
          idArgField(idArg: ID): String
          stringListArgField(stringListArg: [String]): String
          stringListNonNullArgField(stringListNonNullArg: [String!]): String
          complexArgField(complexArg: ComplexInput): String
          oneOfArgField(oneOfArg: OneOfInput): String
          multipleReqs(req1: Int!, req2: Int!): String
          nonNullFieldWithDefault(arg: Int! = 0): String
          multipleOpts(opt1: Int = 0, opt2: Int = 0): String
          multipleOptAndReq(req1: Int!, req2: Int!, opt1: Int = 0, opt2: Int = 0): String
        }

        type QueryRoot {
          human(id: ID): Human
          dog: Dog
          cat: Cat
          pet: Pet
          catOrDog: CatOrDog
          complicatedArgs: ComplicatedArgs
        }

        schema {
          query: QueryRoot
        }

        directive @onField on FIELD
        """;

    private const string TwoArgumentsSdl = """
        type Query {
          someField(a: String, b: String): String
        }
        """;

    private const string SomeInputSdl = """
        input SomeInput {
          a: String
          b: String
        }

        type Query {
          someField(arg: SomeInput): String
        }
        """;

    private const string BoxesSdl = """
        interface SomeBox {
          deepBox: SomeBox
          unrelatedField: String
        }

        type StringBox implements SomeBox {
          scalar: String
          deepBox: StringBox
          unrelatedField: String
          listStringBox: [StringBox]
          stringBox: StringBox
          intBox: IntBox
        }

        type IntBox implements SomeBox {
          scalar: Int
          deepBox: IntBox
          unrelatedField: String
          listStringBox: [StringBox]
          stringBox: StringBox
          intBox: IntBox
        }

        interface NonNullStringBox1 {
          scalar: String!
        }

        type NonNullStringBox1Impl implements SomeBox & NonNullStringBox1 {
          scalar: String!
          unrelatedField: String
          deepBox: SomeBox
        }

        interface NonNullStringBox2 {
          scalar: String!
        }

        type NonNullStringBox2Impl implements SomeBox & NonNullStringBox2 {
          scalar: String!
          unrelatedField: String
          deepBox: SomeBox
        }

        type Connection {
          edges: [Edge]
        }

        type Edge {
          node: Node
        }

        type Node {
          id: ID
          name: String
        }

        type Query {
          someBox: SomeBox
          connection: Connection
        }
        """;

    private const string KeywordsSdl = """
        type Foo {
          constructor: String
        }

        type Query {
          foo: Foo
        }
        """;
}
