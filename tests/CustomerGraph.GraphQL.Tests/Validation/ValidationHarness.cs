namespace CustomerGraph.GraphQL.Tests.Validation;

/// <summary>
/// The schema of spec section 5's examples (Dog, Cat, Pet, Human, Alien, Sentient, the Arguments type, …),
/// extended with what graphql-js's validation harness adds (Being, ComplicatedArgs, ComplexInput,
/// OneOfInput, FurColor, test directives), and helpers to check one rule's errors.
/// </summary>
internal static class ValidationHarness
{
    public const string TestSdl = """
        schema {
          query: Query
          mutation: Mutation
          subscription: Subscription
        }

        directive @onQuery on QUERY
        directive @onMutation on MUTATION
        directive @onSubscription on SUBSCRIPTION
        directive @onField on FIELD
        directive @onFragmentDefinition on FRAGMENT_DEFINITION
        directive @onFragmentSpread on FRAGMENT_SPREAD
        directive @onInlineFragment on INLINE_FRAGMENT
        directive @onVariableDefinition on VARIABLE_DEFINITION
        directive @repeatable repeatable on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
        directive @withRequiredArg(arg: String!, optional: Int = 1) on FIELD

        type Query {
          dog: Dog
          findDog(searchBy: FindDogInput): Dog
          human(id: ID): Human
          pet: Pet
          being: Being
          catOrDog: CatOrDog
          dogOrHuman: DogOrHuman
          humanOrAlien: HumanOrAlien
          arguments: Arguments
          booleanList(booleanListArg: [Boolean!]): Boolean
          complicatedArgs: ComplicatedArgs
        }

        type Mutation {
          addPet(pet: PetInput!): Pet
          addPets(pets: [PetInput!]!): [Pet]
        }

        type Subscription {
          newMessage: Message
          disallowedSecondRootField: Boolean
        }

        type Message {
          body: String
          sender: String
        }

        enum DogCommand {
          SIT
          DOWN
          HEEL
        }

        interface Being {
          name: String!
        }

        type Dog implements Pet & Being {
          name: String!
          nickname: String
          barkVolume: Int
          doesKnowCommand(dogCommand: DogCommand!): Boolean!
          isHouseTrained(atOtherHomes: Boolean): Boolean!
          owner: Human
        }

        interface Sentient {
          name: String!
        }

        interface Pet {
          name: String!
        }

        type Alien implements Sentient & Being {
          name: String!
          homePlanet: String
        }

        type Human implements Sentient & Being {
          name: String!
          pets: [Pet!]
          relatives: [Human]
        }

        enum CatCommand {
          JUMP
        }

        type Cat implements Pet & Being {
          name: String!
          nickname: String
          doesKnowCommand(catCommand: CatCommand!): Boolean!
          meowVolume: Int
        }

        union CatOrDog = Cat | Dog
        union DogOrHuman = Dog | Human
        union HumanOrAlien = Human | Alien

        input FindDogInput {
          name: String
          owner: String
        }

        input CatInput {
          name: String!
          nickname: String
          meowVolume: Int
        }

        input DogInput {
          name: String!
          nickname: String
          barkVolume: Int
        }

        input PetInput @oneOf {
          cat: CatInput
          dog: DogInput
        }

        type Arguments {
          multipleRequirements(x: Int!, y: Int!): Int!
          booleanArgField(booleanArg: Boolean): Boolean
          floatArgField(floatArg: Float): Float
          intArgField(intArg: Int): Int
          nonNullBooleanArgField(nonNullBooleanArg: Boolean!): Boolean!
          booleanListArgField(booleanListArg: [Boolean]!): [Boolean]
          optionalNonNullBooleanArgField(optionalBooleanArg: Boolean! = false): Boolean!
          nonNullBooleanListField(nonNullBooleanListArg: [Boolean]!): Boolean
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

        scalar Json

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
          jsonArgField(jsonArg: Json): String
          multipleReqs(req1: Int!, req2: Int!): String
          nonNullFieldWithDefault(arg: Int! = 0): String
          multipleOpts(opt1: Int = 0, opt2: Int = 0): String
          multipleOptAndReq(req1: Int!, req2: Int!, opt1: Int = 0, opt2: Int = 0): String
        }
        """;

    public static readonly Schema TestSchema = SchemaBuilder.FromSdl(TestSdl);

    /// <summary>The schema of spec 5.2.1.1's example: a query type only.</summary>
    public static readonly Schema HelloSchema = SchemaBuilder.FromSdl("type Query { hello: String }");

    public static IReadOnlyList<GraphQLError> Validate(
        string document,
        Schema? schema = null,
        int maxErrors = 100
    ) => DocumentValidator.Validate(schema ?? TestSchema, Parser.Parse(document), maxErrors);

    /// <summary>Asserts the errors one rule reports, each written <c>message (line:column, …)</c>, in order.</summary>
    public static void AssertRuleErrors(string rule, string document, params string[] expected) =>
        AssertRuleErrors(rule, document, TestSchema, expected);

    /// <summary>Asserts the errors one rule reports against a given schema.</summary>
    public static void AssertRuleErrors(string rule, string document, Schema schema, params string[] expected)
    {
        var errors = Validate(document, schema);
        Assert.All(errors, error => Assert.Equal(ErrorCodes.ValidationFailed, error.Code));
        Assert.Equal(expected, errors.Where(error => error.Rule == rule).Select(error => error.ToString()));
    }
}
