namespace CustomerGraph.GraphQL.Tests.Validation.Rules;

/// <summary>ValuesOfCorrectTypeRule: messages and locations as graphql-js 17.1 reports them.</summary>
public sealed class ValuesOfCorrectTypeRuleTests() : RuleTestsWithSpecExamples("ValuesOfCorrectTypeRule")
{
    public static TheoryData<string> ValidDocuments =>
        new()
        {
            """
                { complicatedArgs {
                  intArgField(intArg: 2147483647)
                  floatArgField(floatArg: 1)
                  idArgField(idArg: "x")
                  a: idArgField(idArg: 12)
                  enumArgField(enumArg: NO_FUR)
                  stringListArgField(stringListArg: "single")
                  complexArgField(complexArg: { requiredField: true, intField: null })
                  oneOfArgField(oneOfArg: { intField: 1 })
                  jsonArgField(jsonArg: { any: [1, "two", { three: true }] })
                } }
                """,
            """
                query Q($x: Int = 1, $y: [String] = ["a", null], $z: ComplexInput = { requiredField: false }) { __typename }
                """,
        };

    public static TheoryData<string, string[]> InvalidDocuments =>
        new()
        {
            {
                """
                    { complicatedArgs {
                      intArgField(intArg: 2147483648)
                      a: intArgField(intArg: 1.5)
                      stringArgField(stringArg: true)
                      booleanArgField(booleanArg: "true")
                      floatArgField(floatArg: "1.0")
                      idArgField(idArg: 1.0)
                    } }
                    """,
                [
                    "Int cannot represent non 32-bit signed integer value: 2147483648 (2:23)",
                    "Int cannot represent non-integer value: 1.5 (3:26)",
                    "String cannot represent a non string value: true (4:29)",
                    "Boolean cannot represent a non boolean value: \"true\" (5:31)",
                    "Float cannot represent non numeric value: \"1.0\" (6:27)",
                    "ID cannot represent a non-string and non-integer value: 1.0 (7:21)",
                ]
            },
            {
                """
                    { complicatedArgs {
                      enumArgField(enumArg: "BROWN")
                      a: enumArgField(enumArg: brown)
                      b: enumArgField(enumArg: SPOTED)
                      c: enumArgField(enumArg: 1)
                    } }
                    """,
                [
                    "Enum \"FurColor\" cannot represent non-enum value: \"BROWN\". Did you mean the enum value \"BROWN\"? (2:25)",
                    "Value \"brown\" does not exist in \"FurColor\" enum. Did you mean the enum value \"BROWN\"? (3:28)",
                    "Value \"SPOTED\" does not exist in \"FurColor\" enum. Did you mean the enum value \"SPOTTED\"? (4:28)",
                    "Enum \"FurColor\" cannot represent non-enum value: 1. (5:28)",
                ]
            },
            {
                """
                    { complicatedArgs {
                      complexArgField(complexArg: { intField: 4 })
                      a: complexArgField(complexArg: { requiredField: true, nonNullField: null, strinField: "x", unknown: 1 })
                      b: complexArgField(complexArg: [1])
                      stringListNonNullArgField(stringListNonNullArg: ["a", null, 1])
                      nonNullIntArgField(nonNullIntArg: null)
                    } }
                    """,
                [
                    "Expected value of type \"ComplexInput\" to include required field \"requiredField\", found: { intField: 4 }. (2:31)",
                    "Expected value of non-null type \"Boolean!\" not to be null. (3:71)",
                    "Expected value of type \"ComplexInput\" not to include unknown field \"strinField\". Did you mean \"stringField\", \"intField\", or \"stringListField\"? Found: { requiredField: true, nonNullField: null, strinField: \"x\", unknown: 1 }. (3:77)",
                    "Expected value of type \"ComplexInput\" not to include unknown field \"unknown\", found: { requiredField: true, nonNullField: null, strinField: \"x\", unknown: 1 }. (3:94)",
                    "Expected value of type \"ComplexInput\" to be an object, found: [1]. (4:34)",
                    "Expected value of non-null type \"String!\" not to be null. (5:57)",
                    "String cannot represent a non string value: 1 (5:63)",
                    "Expected value of non-null type \"Int!\" not to be null. (6:37)",
                ]
            },
            {
                """
                    query Q($a: OneOfInput) { complicatedArgs {
                      oneOfArgField(oneOfArg: { stringField: "a", intField: 1 })
                      a: oneOfArgField(oneOfArg: { stringField: null })
                      b: oneOfArgField(oneOfArg: {})
                      c: oneOfArgField(oneOfArg: { stringField: $a, intField: 1 })
                    } }
                    """,
                [
                    "Within OneOf Input Object type \"OneOfInput\", exactly one field must be specified, and the value for that field must be non-null. (2:27)",
                    "Within OneOf Input Object type \"OneOfInput\", exactly one field must be specified, and the value for that field must be non-null. (3:30)",
                    "Within OneOf Input Object type \"OneOfInput\", exactly one field must be specified, and the value for that field must be non-null. (4:30)",
                    "Within OneOf Input Object type \"OneOfInput\", exactly one field must be specified, and the value for that field must be non-null. (5:30)",
                ]
            },
            {
                """
                    query Q($a: Int = "one", $b: ComplexInput = { requiredField: 1 }, $c: [FurColor!] = [BROWN, null]) { __typename }
                    """,
                [
                    "Int cannot represent non-integer value: \"one\" (1:19)",
                    "Boolean cannot represent a non boolean value: 1 (1:62)",
                    "Expected value of non-null type \"FurColor!\" not to be null. (1:93)",
                ]
            },
            {
                """
                    { dog @include(if: "yes") { isHouseTrained(atOtherHomes: 0) } }
                    """,
                [
                    "Boolean cannot represent a non boolean value: \"yes\" (1:20)",
                    "Boolean cannot represent a non boolean value: 0 (1:58)",
                ]
            },
        };

    /// <summary>Counter-examples of spec section 5 that this rule rejects.</summary>
    public static TheoryData<string, string[]> SpecCounterExamples =>
        new()
        {
            // Required Arguments
            {
                """
                    fragment missingRequiredArg on Arguments {
                      nonNullBooleanArgField(nonNullBooleanArg: null)
                    }
                    """,
                ["Expected value of non-null type \"Boolean!\" not to be null. (2:45)"]
            },
            // Values of Correct Type
            {
                """
                    fragment stringIntoInt on Arguments {
                      intArgField(intArg: "123")
                    }

                    query badComplexValue {
                      findDog(searchBy: { name: 123 }) {
                        name
                      }
                    }

                    mutation oneOfWithNoFields {
                      addPet(pet: {}) {
                        name
                      }
                    }

                    mutation oneOfWithTwoFields($dog: DogInput) {
                      addPet(pet: { cat: { name: "Brontie" }, dog: $dog }) {
                        name
                      }
                    }

                    mutation listOfOneOfWithNullableVariable($dog: DogInput) {
                      addPets(pets: [{ dog: $dog }]) {
                        name
                      }
                    }
                    """,
                [
                    "Int cannot represent non-integer value: \"123\" (2:23)",
                    "String cannot represent a non string value: 123 (6:29)",
                    "Within OneOf Input Object type \"PetInput\", exactly one field must be specified, and the value for that field must be non-null. (12:15)",
                    "Within OneOf Input Object type \"PetInput\", exactly one field must be specified, and the value for that field must be non-null. (18:15)",
                ]
            },
            // Input Object Field Names
            {
                """
                    {
                      findDog(searchBy: { favoriteCookieFlavor: "Bacon" }) {
                        name
                      }
                    }
                    """,
                [
                    "Expected value of type \"FindDogInput\" not to include unknown field \"favoriteCookieFlavor\", found: { favoriteCookieFlavor: \"Bacon\" }. (2:23)",
                ]
            },
        };

    /// <summary>Examples of spec section 5 that this rule accepts.</summary>
    public static TheoryData<string> SpecExamples =>
        new()
        {
            // Values of Correct Type
            """
                fragment goodBooleanArg on Arguments {
                  booleanArgField(booleanArg: true)
                }

                fragment coercedIntIntoFloatArg on Arguments {
                  # Note: The input coercion rules for Float allow Int literals.
                  floatArgField(floatArg: 123)
                }

                query goodComplexDefaultValue($search: FindDogInput = { name: "Fido" }) {
                  findDog(searchBy: $search) {
                    name
                  }
                }

                mutation addPet($pet: PetInput! = { cat: { name: "Brontie" } }) {
                  addPet(pet: $pet) {
                    name
                  }
                }
                """,
            // Input Object Field Names
            """
                {
                  findDog(searchBy: { name: "Fido" }) {
                    name
                  }
                }
                """,
        };
}
