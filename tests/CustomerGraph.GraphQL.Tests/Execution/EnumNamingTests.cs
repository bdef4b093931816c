using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Types;
using static CustomerGraph.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace CustomerGraph.GraphQL.Tests.Execution;

/// <summary>
/// <see cref="ResolverBindings.UseEnumNaming"/>: a graph's own enum rule reads enum arguments and input fields into
/// CLR members, writes CLR enum results, and is the rule the start-up check of bound inputs applies.
/// </summary>
public class EnumNamingTests
{
    private const string Sdl = """
        enum Tone { TONE_LIGHT TONE_DARK }
        input PaintInput { tone: Tone! tones: [Tone!] }
        type Query { paint(input: PaintInput!): String echo(tone: Tone!): Tone light: Tone dark: Tone }
        """;

    public enum Tone
    {
        Light,
        Dark,
    }

    public sealed record Paint(Tone Tone, Tone[]? Tones);

    /// <summary>A rule the engine's default does not follow: every value is the member's name behind <c>TONE_</c>.</summary>
    private static readonly EnumNaming Prefixed = new(
        (type, name) =>
            name.StartsWith("TONE_", StringComparison.Ordinal)
            && Enum.TryParse(type, name["TONE_".Length..], ignoreCase: true, out var member)
                ? member
                : null
    );

    private static RequestExecutor Executor(Action<object?> received) =>
        ExecutionTestHelpers.Executor(
            Sdl,
            bind =>
                bind.UseEnumNaming(Prefixed)
                    .BindInput<Paint>("PaintInput")
                    .Resolve(
                        "Query.paint",
                        context =>
                        {
                            received(context.Argument<Paint>("input"));
                            return new ValueTask<object?>("ok");
                        }
                    )
                    .Resolve("Query.echo", context => new ValueTask<object?>(context.Argument<Tone>("tone")))
                    .Resolve("Query.light", _ => new ValueTask<object?>(Tone.Light))
                    .Resolve("Query.dark", _ => new ValueTask<object?>(Tone.Dark))
        );

    [Fact]
    public async Task Input_fields_and_lists_of_enums_are_read_with_the_graphs_rule()
    {
        object? received = null;
        var json = await Executor(value => received = value)
            .RunAsync(
                "query ($tones: [Tone!]) { paint(input: { tone: TONE_DARK, tones: $tones }) }",
                variablesJson: """{"tones":["TONE_LIGHT","TONE_DARK"]}"""
            );

        Assert.Equal(Json("{'data':{'paint':'ok'}}"), json);
        var paint = Assert.IsType<Paint>(received);
        Assert.Equal(Tone.Dark, paint.Tone);
        Assert.Equal(new[] { Tone.Light, Tone.Dark }, paint.Tones);
    }

    [Fact]
    public async Task Clr_enum_results_are_written_with_the_graphs_rule()
    {
        var json = await Executor(_ => { }).RunAsync("{ light dark echo(tone: TONE_DARK) }");

        Assert.Equal(Json("{'data':{'light':'TONE_LIGHT','dark':'TONE_DARK','echo':'TONE_DARK'}}"), json);
    }

    private enum Shade
    {
        Light,
    }

    private sealed record ShadePaint(Shade Tone, Shade[]? Tones);

    [Fact]
    public void Start_up_checks_every_enum_value_of_a_bound_input_with_the_graphs_rule()
    {
        // Tone itself passes with the graph's rule, though the default rule finds no member for TONE_LIGHT.
        ExecutableSchema.Create(
            SchemaBuilder.FromSdl(Sdl),
            bind => bind.UseEnumNaming(Prefixed).BindInput<Paint>("PaintInput")
        );

        var exception = Assert.Throws<SchemaException>(() =>
            ExecutableSchema.Create(
                SchemaBuilder.FromSdl(Sdl),
                bind => bind.UseEnumNaming(Prefixed).BindInput<ShadePaint>("PaintInput")
            )
        );

        Assert.Equal(
            new[]
            {
                "Enum value \"Tone.TONE_DARK\" of input field \"PaintInput.tone\" has no member in Shade.",
                "Enum value \"Tone.TONE_DARK\" of input field \"PaintInput.tones\" has no member in Shade.",
            },
            exception.Errors.Select(error => error.Message)
        );
    }

    [Fact]
    public void Without_a_rule_of_its_own_a_graph_uses_the_default_rule_at_start_up()
    {
        var exception = Assert.Throws<SchemaException>(() =>
            ExecutableSchema.Create(SchemaBuilder.FromSdl(Sdl), bind => bind.BindInput<Paint>("PaintInput"))
        );

        Assert.Contains(
            "Enum value \"Tone.TONE_LIGHT\" of input field \"PaintInput.tone\" has no member in Tone.",
            exception.Errors.Select(error => error.Message)
        );
    }

    [Fact]
    public void The_default_rule_matches_names_ignoring_case_and_underscores()
    {
        Assert.Equal(Tone.Dark, EnumNaming.Default.MemberOf(typeof(Tone), "DARK"));
        Assert.Equal(Tone.Light, EnumNaming.Default.MemberOf(typeof(Tone), "LI_GHT"));
        Assert.Null(EnumNaming.Default.MemberOf(typeof(Tone), "TONE_DARK"));
    }

    [Fact]
    public void A_graph_has_one_enum_rule()
    {
        var exception = Assert.Throws<SchemaException>(() =>
            ExecutableSchema.Create(
                SchemaBuilder.FromSdl(Sdl),
                bind => bind.UseEnumNaming(Prefixed).UseEnumNaming(EnumNaming.Default)
            )
        );

        Assert.Equal(
            new[] { "Cannot use a second enum naming rule: the graph already has one." },
            exception.Errors.Select(error => error.Message)
        );
    }
}
