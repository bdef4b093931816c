using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Types;
using static CustomerGraph.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace CustomerGraph.GraphQL.Tests.Execution;

/// <summary>
/// <see cref="ResolverBindings.BindInput{TClr}"/> and <c>context.Argument&lt;T&gt;</c>: coerced input objects become
/// records and classes, and a CLR type that cannot receive its input type stops start-up.
/// </summary>
public class InputBindingTests
{
    private const string Sdl = """
        enum Kind { SERVICE_PROVIDER RENTAL_COMPANY OTHER }
        input AddressInput { city: String country: String }
        input CreateInput { name: String! kind: Kind = OTHER tags: [String!] address: AddressInput addresses: [AddressInput!] score: Float }
        input PatchInput { id: ID! name: String kind: Kind address: AddressInput }
        type Query { create(input: CreateInput!): String patch(input: PatchInput!): String kinds(kinds: [Kind!]): String }
        """;

    public enum Kind
    {
        ServiceProvider,
        RentalCompany,
        Other,
    }

    public sealed record Address(string? City = null, string? Country = null);

    /// <summary>Bound through its constructor.</summary>
    public sealed record Create(
        string Name,
        Kind Kind,
        IReadOnlyList<string>? Tags,
        Address? Address,
        List<Address>? Addresses,
        decimal? Score
    );

    /// <summary>Bound through its properties, PATCH fields as <see cref="Optional{T}"/>.</summary>
    public sealed class Patch
    {
        public string Id { get; set; } = "";
        public Optional<string?> Name { get; init; }
        public Optional<Kind?> Kind { get; init; }
        public Optional<Address?> Address { get; init; }
    }

    private static RequestExecutor Executor(Action<object?> received) =>
        ExecutionTestHelpers.Executor(
            Sdl,
            bind =>
                bind.BindInput<Create>("CreateInput")
                    .BindInput<Patch>("PatchInput")
                    .Resolve(
                        "Query.create",
                        context =>
                        {
                            received(context.Argument<Create>("input"));
                            return new ValueTask<object?>("ok");
                        }
                    )
                    .Resolve(
                        "Query.patch",
                        context =>
                        {
                            received(context.Argument<Patch>("input"));
                            return new ValueTask<object?>("ok");
                        }
                    )
                    .Resolve(
                        "Query.kinds",
                        context =>
                        {
                            received(context.Argument<Kind[]>("kinds"));
                            return new ValueTask<object?>("ok");
                        }
                    )
        );

    [Fact]
    public async Task A_record_is_built_through_its_constructor_with_nested_inputs_lists_and_enums_by_name()
    {
        object? received = null;
        var executor = Executor(value => received = value);

        var json = await executor.RunAsync(
            """
            query ($addresses: [AddressInput!]) {
              create(input: { name: "Nordic", kind: SERVICE_PROVIDER, tags: "one", address: { city: "Aarhus" },
                              addresses: $addresses, score: 2.5 })
            }
            """,
            variablesJson: """{"addresses":[{"city":"Oslo","country":"NO"},{"country":"SE"}]}"""
        );

        Assert.Equal(Json("{'data':{'create':'ok'}}"), json);
        var create = Assert.IsType<Create>(received);
        Assert.Equal("Nordic", create.Name);
        Assert.Equal(Kind.ServiceProvider, create.Kind);
        Assert.Equal(new[] { "one" }, create.Tags);
        Assert.Equal(new Address("Aarhus"), create.Address);
        Assert.Equal(new[] { new Address("Oslo", "NO"), new Address(null, "SE") }, create.Addresses);
        Assert.Equal(2.5m, create.Score);
    }

    [Fact]
    public async Task A_default_value_of_the_sdl_reaches_the_record()
    {
        object? received = null;
        await Executor(value => received = value).RunAsync("{ create(input: { name: \"Plain\" }) }");

        var create = Assert.IsType<Create>(received);
        Assert.Equal(Kind.Other, create.Kind);
        Assert.Null(create.Tags);
        Assert.Null(create.Address);
    }

    [Fact]
    public async Task Optional_fields_keep_absent_apart_from_null_and_from_a_value()
    {
        object? received = null;
        var executor = Executor(value => received = value);

        await executor.RunAsync(
            "{ patch(input: { id: \"7\", name: null, address: { city: \"Kolding\" } }) }"
        );

        var patch = Assert.IsType<Patch>(received);
        Assert.Equal("7", patch.Id);
        Assert.True(patch.Name.HasValue);
        Assert.Null(patch.Name.Value);
        Assert.False(patch.Kind.HasValue);
        Assert.Equal(new Address("Kolding"), patch.Address.Value);

        await executor.RunAsync(
            "query ($kind: Kind) { patch(input: { id: \"8\", kind: $kind, address: null }) }",
            variablesJson: """{"kind":"RENTAL_COMPANY"}"""
        );

        patch = Assert.IsType<Patch>(received);
        Assert.False(patch.Name.HasValue);
        Assert.Equal(Kind.RentalCompany, patch.Kind.Value);
        Assert.True(patch.Address.HasValue);
        Assert.Null(patch.Address.Value);
    }

    [Fact]
    public async Task A_list_argument_of_enums_becomes_an_array_of_clr_members()
    {
        object? received = null;
        await Executor(value => received = value).RunAsync("{ kinds(kinds: [OTHER, SERVICE_PROVIDER]) }");

        Assert.Equal(new[] { Kind.Other, Kind.ServiceProvider }, Assert.IsType<Kind[]>(received));
    }

    private sealed record MissesCity(string? Country);

    private sealed record WrongTypes(string Name, int Kind, string Tags, MissesCity? Address);

    private sealed record ExtraParameter(string Id, string Name, int Revision);

    private enum ShortKind
    {
        Other,
    }

    private sealed record ShortEnum(string Id, ShortKind? Kind, string? Name, Address? Address);

    [Fact]
    public void Start_up_stops_on_every_input_field_a_clr_type_cannot_receive()
    {
        var exception = Assert.Throws<SchemaException>(() =>
            ExecutableSchema.Create(
                SchemaBuilder.FromSdl(Sdl),
                bind =>
                    bind.BindInput<WrongTypes>("CreateInput")
                        .BindInput<ExtraParameter>("PatchInput")
                        .BindInput<ShortEnum>("PatchInput")
                        .BindInput<Address>("Kind")
            )
        );

        Assert.Equal(
            new[]
            {
                "Input field \"CreateInput.kind\" of type \"Kind\" cannot be received by WrongTypes.Kind of type Int32.",
                "Input field \"CreateInput.tags\" of type \"[String!]\" cannot be received by WrongTypes.Tags of type String.",
                "Input field \"AddressInput.city\" has no constructor parameter or settable property on MissesCity.",
                "Input field \"CreateInput.addresses\" has no constructor parameter or settable property on WrongTypes.",
                "Input field \"CreateInput.score\" has no constructor parameter or settable property on WrongTypes.",
                "Input field \"PatchInput.kind\" has no constructor parameter or settable property on ExtraParameter.",
                "Input field \"PatchInput.address\" has no constructor parameter or settable property on ExtraParameter.",
                "ExtraParameter.Revision is required but input type \"PatchInput\" has no field \"Revision\".",
                "Enum value \"Kind.SERVICE_PROVIDER\" of input field \"PatchInput.kind\" has no member in ShortKind.",
                "Enum value \"Kind.RENTAL_COMPANY\" of input field \"PatchInput.kind\" has no member in ShortKind.",
                "Cannot bind CLR type Address to \"Kind\": it is not an input object type of the schema.",
            },
            exception.Errors.Select(error => error.Message)
        );
    }

    private struct NotAWrapper<T>
    {
        public T Value { get; set; }
    }

    /// <summary>A wrapper of another library, as a domain layer may have its own.</summary>
    private readonly struct Maybe<T>
    {
        private Maybe(T value)
        {
            Value = value;
            IsGiven = true;
        }

        public bool IsGiven { get; }
        public T Value { get; }

        public static Maybe<T> Of(T value) => new(value);
    }

    private sealed record MaybePatch(string Id)
    {
        public Maybe<string?> Name { get; init; }
        public Maybe<Kind?> Kind { get; init; }
        public Maybe<Address?> Address { get; init; }
    }

    [Fact]
    public async Task Another_optional_wrapper_can_be_taught_to_the_binding()
    {
        MaybePatch? received = null;
        var executor = ExecutionTestHelpers.Executor(
            Sdl,
            bind =>
                bind.BindOptionalWrapper(typeof(Maybe<>))
                    .BindInput<MaybePatch>("PatchInput")
                    .Resolve(
                        "Query.patch",
                        context =>
                        {
                            received = context.Argument<MaybePatch>("input");
                            return new ValueTask<object?>("ok");
                        }
                    )
        );

        await executor.RunAsync("{ patch(input: { id: \"1\", kind: null }) }");

        Assert.False(received!.Name.IsGiven);
        Assert.True(received.Kind.IsGiven);
        Assert.Null(received.Kind.Value);

        var exception = Assert.Throws<SchemaException>(() =>
            ExecutableSchema.Create(
                SchemaBuilder.FromSdl(Sdl),
                bind => bind.BindOptionalWrapper(typeof(NotAWrapper<>))
            )
        );
        Assert.Equal(
            "Cannot use NotAWrapper`1 as an optional wrapper: it has no public static Of(T) returning it.",
            Assert.Single(exception.Errors).Message
        );
    }
}
