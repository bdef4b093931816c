using System.Numerics;

namespace CustomerGraph.GraphQL.Tests.Types;

/// <summary>
/// The built-in scalars' coercion (spec 3.5) matches graphql-js 17.1 exactly: coerceInputLiteral,
/// coerceInputValue and coerceOutputValue, values and messages alike. Expectations produced by graphql-js;
/// JavaScript numbers appear as .NET integers and doubles, bigints as BigInteger.
/// </summary>
public sealed class SpecifiedScalarsTests
{
    public static TheoryData<string, string, object?, string?> Literals =>
        new()
        {
            { "Int", @"1", 1, null },
            { "Int", @"-0", 0, null },
            { "Int", @"2147483647", 2147483647, null },
            {
                "Int",
                @"2147483648",
                null,
                @"Int cannot represent non 32-bit signed integer value: 2147483648"
            },
            {
                "Int",
                @"-2147483649",
                null,
                @"Int cannot represent non 32-bit signed integer value: -2147483649"
            },
            {
                "Int",
                @"99999999999999999999",
                null,
                @"Int cannot represent non 32-bit signed integer value: 99999999999999999999"
            },
            { "Int", @"1.5", null, @"Int cannot represent non-integer value: 1.5" },
            { "Int", @"1e3", null, @"Int cannot represent non-integer value: 1e3" },
            { "Int", @"""abc""", null, @"Int cannot represent non-integer value: ""abc""" },
            {
                "Int",
                @"""""""block""""""",
                null,
                @"Int cannot represent non-integer value: """"""block"""""""
            },
            { "Int", @"true", null, @"Int cannot represent non-integer value: true" },
            { "Int", @"null", null, @"Int cannot represent non-integer value: null" },
            { "Int", @"ENUM", null, @"Int cannot represent non-integer value: ENUM" },
            { "Int", @"[1, 2]", null, @"Int cannot represent non-integer value: [1, 2]" },
            { "Int", @"{ a: 1 }", null, @"Int cannot represent non-integer value: { a: 1 }" },
            { "Float", @"1", 1.0d, null },
            { "Float", @"-0", 0.0d, null },
            { "Float", @"2147483647", 2147483647.0d, null },
            { "Float", @"2147483648", 2147483648.0d, null },
            { "Float", @"-2147483649", -2147483649.0d, null },
            { "Float", @"99999999999999999999", 1e+20d, null },
            { "Float", @"1.5", 1.5d, null },
            { "Float", @"1e3", 1000.0d, null },
            { "Float", @"""abc""", null, @"Float cannot represent non numeric value: ""abc""" },
            {
                "Float",
                @"""""""block""""""",
                null,
                @"Float cannot represent non numeric value: """"""block"""""""
            },
            { "Float", @"true", null, @"Float cannot represent non numeric value: true" },
            { "Float", @"null", null, @"Float cannot represent non numeric value: null" },
            { "Float", @"ENUM", null, @"Float cannot represent non numeric value: ENUM" },
            { "Float", @"[1, 2]", null, @"Float cannot represent non numeric value: [1, 2]" },
            { "Float", @"{ a: 1 }", null, @"Float cannot represent non numeric value: { a: 1 }" },
            { "String", @"1", null, @"String cannot represent a non string value: 1" },
            { "String", @"-0", null, @"String cannot represent a non string value: -0" },
            { "String", @"2147483647", null, @"String cannot represent a non string value: 2147483647" },
            { "String", @"2147483648", null, @"String cannot represent a non string value: 2147483648" },
            { "String", @"-2147483649", null, @"String cannot represent a non string value: -2147483649" },
            {
                "String",
                @"99999999999999999999",
                null,
                @"String cannot represent a non string value: 99999999999999999999"
            },
            { "String", @"1.5", null, @"String cannot represent a non string value: 1.5" },
            { "String", @"1e3", null, @"String cannot represent a non string value: 1e3" },
            { "String", @"""abc""", @"abc", null },
            { "String", @"""""""block""""""", @"block", null },
            { "String", @"true", null, @"String cannot represent a non string value: true" },
            { "String", @"null", null, @"String cannot represent a non string value: null" },
            { "String", @"ENUM", null, @"String cannot represent a non string value: ENUM" },
            { "String", @"[1, 2]", null, @"String cannot represent a non string value: [1, 2]" },
            { "String", @"{ a: 1 }", null, @"String cannot represent a non string value: { a: 1 }" },
            { "Boolean", @"1", null, @"Boolean cannot represent a non boolean value: 1" },
            { "Boolean", @"-0", null, @"Boolean cannot represent a non boolean value: -0" },
            { "Boolean", @"2147483647", null, @"Boolean cannot represent a non boolean value: 2147483647" },
            { "Boolean", @"2147483648", null, @"Boolean cannot represent a non boolean value: 2147483648" },
            { "Boolean", @"-2147483649", null, @"Boolean cannot represent a non boolean value: -2147483649" },
            {
                "Boolean",
                @"99999999999999999999",
                null,
                @"Boolean cannot represent a non boolean value: 99999999999999999999"
            },
            { "Boolean", @"1.5", null, @"Boolean cannot represent a non boolean value: 1.5" },
            { "Boolean", @"1e3", null, @"Boolean cannot represent a non boolean value: 1e3" },
            { "Boolean", @"""abc""", null, @"Boolean cannot represent a non boolean value: ""abc""" },
            {
                "Boolean",
                @"""""""block""""""",
                null,
                @"Boolean cannot represent a non boolean value: """"""block"""""""
            },
            { "Boolean", @"true", true, null },
            { "Boolean", @"null", null, @"Boolean cannot represent a non boolean value: null" },
            { "Boolean", @"ENUM", null, @"Boolean cannot represent a non boolean value: ENUM" },
            { "Boolean", @"[1, 2]", null, @"Boolean cannot represent a non boolean value: [1, 2]" },
            { "Boolean", @"{ a: 1 }", null, @"Boolean cannot represent a non boolean value: { a: 1 }" },
            { "ID", @"1", @"1", null },
            { "ID", @"-0", @"-0", null },
            { "ID", @"2147483647", @"2147483647", null },
            { "ID", @"2147483648", @"2147483648", null },
            { "ID", @"-2147483649", @"-2147483649", null },
            { "ID", @"99999999999999999999", @"99999999999999999999", null },
            { "ID", @"1.5", null, @"ID cannot represent a non-string and non-integer value: 1.5" },
            { "ID", @"1e3", null, @"ID cannot represent a non-string and non-integer value: 1e3" },
            { "ID", @"""abc""", @"abc", null },
            { "ID", @"""""""block""""""", @"block", null },
            { "ID", @"true", null, @"ID cannot represent a non-string and non-integer value: true" },
            { "ID", @"null", null, @"ID cannot represent a non-string and non-integer value: null" },
            { "ID", @"ENUM", null, @"ID cannot represent a non-string and non-integer value: ENUM" },
            { "ID", @"[1, 2]", null, @"ID cannot represent a non-string and non-integer value: [1, 2]" },
            { "ID", @"{ a: 1 }", null, @"ID cannot represent a non-string and non-integer value: { a: 1 }" },
        };

    [Theory]
    [MemberData(nameof(Literals))]
    public void Literal_coercion_matches_graphql_js(
        string scalarName,
        string literal,
        object? expectedValue,
        string? expectedError
    )
    {
        var scalar = SpecifiedScalars.Get(scalarName)!;

        var result = scalar.ParseLiteral(Parser.ParseValue(literal));

        Assert.Equal(expectedError, result.Error);
        Assert.Equal(expectedError is null, result.IsValid);
        Assert.Equal(expectedValue, result.Value);
    }

    public static TheoryData<string, string, object?, object?, string?> RuntimeValues =>
        new()
        {
            { "Int", "Value", 1, 1, null },
            { "Int", "Serialize", 1, 1, null },
            {
                "Int",
                "Value",
                2147483648L,
                null,
                @"Int cannot represent non 32-bit signed integer value: 2147483648"
            },
            {
                "Int",
                "Serialize",
                2147483648L,
                null,
                @"Int cannot represent non 32-bit signed integer value: 2147483648"
            },
            { "Int", "Value", 1.0, 1, null },
            { "Int", "Serialize", 1.0, 1, null },
            { "Int", "Value", 1.5, null, @"Int cannot represent non-integer value: 1.5" },
            { "Int", "Serialize", 1.5, null, @"Int cannot represent non-integer value: 1.5" },
            {
                "Int",
                "Value",
                -2147483649L,
                null,
                @"Int cannot represent non 32-bit signed integer value: -2147483649"
            },
            {
                "Int",
                "Serialize",
                -2147483649L,
                null,
                @"Int cannot represent non 32-bit signed integer value: -2147483649"
            },
            { "Int", "Value", 1e21, null, @"Int cannot represent non 32-bit signed integer value: 1e+21" },
            {
                "Int",
                "Serialize",
                1e21,
                null,
                @"Int cannot represent non 32-bit signed integer value: 1e+21"
            },
            { "Int", "Value", double.NaN, null, @"Int cannot represent non-integer value: NaN" },
            { "Int", "Serialize", double.NaN, null, @"Int cannot represent non-integer value: NaN" },
            {
                "Int",
                "Value",
                double.PositiveInfinity,
                null,
                @"Int cannot represent non-integer value: Infinity"
            },
            {
                "Int",
                "Serialize",
                double.PositiveInfinity,
                null,
                @"Int cannot represent non-integer value: Infinity"
            },
            { "Int", "Value", "abc", null, @"Int cannot represent non-integer value: ""abc""" },
            { "Int", "Serialize", "abc", null, @"Int cannot represent non-integer value: ""abc""" },
            { "Int", "Value", "12", null, @"Int cannot represent non-integer value: ""12""" },
            { "Int", "Serialize", "12", 12, null },
            { "Int", "Value", "", null, @"Int cannot represent non-integer value: """"" },
            { "Int", "Serialize", "", null, @"Int cannot represent non-integer value: """"" },
            { "Int", "Value", "  ", null, @"Int cannot represent non-integer value: ""  """ },
            { "Int", "Serialize", "  ", 0, null },
            { "Int", "Value", "1e3", null, @"Int cannot represent non-integer value: ""1e3""" },
            { "Int", "Serialize", "1e3", 1000, null },
            { "Int", "Value", "0x10", null, @"Int cannot represent non-integer value: ""0x10""" },
            { "Int", "Serialize", "0x10", 16, null },
            { "Int", "Value", " 12 ", null, @"Int cannot represent non-integer value: "" 12 """ },
            { "Int", "Serialize", " 12 ", 12, null },
            { "Int", "Value", "1.5", null, @"Int cannot represent non-integer value: ""1.5""" },
            { "Int", "Serialize", "1.5", null, @"Int cannot represent non-integer value: ""1.5""" },
            { "Int", "Value", true, null, @"Int cannot represent non-integer value: true" },
            { "Int", "Serialize", true, 1, null },
            { "Int", "Value", false, null, @"Int cannot represent non-integer value: false" },
            { "Int", "Serialize", false, 0, null },
            { "Int", "Value", null, null, @"Int cannot represent non-integer value: null" },
            { "Int", "Serialize", null, null, @"Int cannot represent non-integer value: null" },
            {
                "Int",
                "Value",
                new List<object?> { 1, 2 },
                null,
                @"Int cannot represent non-integer value: [1, 2]"
            },
            {
                "Int",
                "Serialize",
                new List<object?> { 1, 2 },
                null,
                @"Int cannot represent non-integer value: [1, 2]"
            },
            {
                "Int",
                "Value",
                new Dictionary<string, object?> { ["a"] = 1 },
                null,
                @"Int cannot represent non-integer value: { a: 1 }"
            },
            {
                "Int",
                "Serialize",
                new Dictionary<string, object?> { ["a"] = 1 },
                null,
                @"Int cannot represent non-integer value: { a: 1 }"
            },
            {
                "Int",
                "Value",
                BigInteger.Parse("9007199254740993"),
                null,
                @"Int cannot represent non 32-bit signed integer value: 9007199254740993"
            },
            {
                "Int",
                "Serialize",
                BigInteger.Parse("9007199254740993"),
                null,
                @"Int cannot represent non 32-bit signed integer value: 9007199254740993"
            },
            {
                "Int",
                "Value",
                BigInteger.Pow(2, 1030),
                null,
                @"Int cannot represent non 32-bit signed integer value: 11505236063118821809467553221049758295155052665230762065499525194094891251552061640493342548634082305351687288311769174890162545204122663839542235560926343960177145179191391057683342054479750023644997308933440369205641643669917624414330439074612943178454432683813523087356623740062701843509462805095950344781824"
            },
            {
                "Int",
                "Serialize",
                BigInteger.Pow(2, 1030),
                null,
                @"Int cannot represent non 32-bit signed integer value: 11505236063118821809467553221049758295155052665230762065499525194094891251552061640493342548634082305351687288311769174890162545204122663839542235560926343960177145179191391057683342054479750023644997308933440369205641643669917624414330439074612943178454432683813523087356623740062701843509462805095950344781824"
            },
            { "Int", "Value", new BigInteger(5), 5, null },
            { "Int", "Serialize", new BigInteger(5), 5, null },
            { "Float", "Value", 1, 1.0d, null },
            { "Float", "Serialize", 1, 1.0d, null },
            { "Float", "Value", 2147483648L, 2147483648.0d, null },
            { "Float", "Serialize", 2147483648L, 2147483648.0d, null },
            { "Float", "Value", 1.0, 1.0d, null },
            { "Float", "Serialize", 1.0, 1.0d, null },
            { "Float", "Value", 1.5, 1.5d, null },
            { "Float", "Serialize", 1.5, 1.5d, null },
            { "Float", "Value", -2147483649L, -2147483649.0d, null },
            { "Float", "Serialize", -2147483649L, -2147483649.0d, null },
            { "Float", "Value", 1e21, 1e+21d, null },
            { "Float", "Serialize", 1e21, 1e+21d, null },
            { "Float", "Value", double.NaN, null, @"Float cannot represent non numeric value: NaN" },
            { "Float", "Serialize", double.NaN, null, @"Float cannot represent non numeric value: NaN" },
            {
                "Float",
                "Value",
                double.PositiveInfinity,
                null,
                @"Float cannot represent non numeric value: Infinity"
            },
            {
                "Float",
                "Serialize",
                double.PositiveInfinity,
                null,
                @"Float cannot represent non numeric value: Infinity"
            },
            { "Float", "Value", "abc", null, @"Float cannot represent non numeric value: ""abc""" },
            { "Float", "Serialize", "abc", null, @"Float cannot represent non numeric value: ""abc""" },
            { "Float", "Value", "12", null, @"Float cannot represent non numeric value: ""12""" },
            { "Float", "Serialize", "12", 12.0d, null },
            { "Float", "Value", "", null, @"Float cannot represent non numeric value: """"" },
            { "Float", "Serialize", "", null, @"Float cannot represent non numeric value: """"" },
            { "Float", "Value", "  ", null, @"Float cannot represent non numeric value: ""  """ },
            { "Float", "Serialize", "  ", 0.0d, null },
            { "Float", "Value", "1e3", null, @"Float cannot represent non numeric value: ""1e3""" },
            { "Float", "Serialize", "1e3", 1000.0d, null },
            { "Float", "Value", "0x10", null, @"Float cannot represent non numeric value: ""0x10""" },
            { "Float", "Serialize", "0x10", 16.0d, null },
            { "Float", "Value", " 12 ", null, @"Float cannot represent non numeric value: "" 12 """ },
            { "Float", "Serialize", " 12 ", 12.0d, null },
            { "Float", "Value", "1.5", null, @"Float cannot represent non numeric value: ""1.5""" },
            { "Float", "Serialize", "1.5", 1.5d, null },
            { "Float", "Value", true, null, @"Float cannot represent non numeric value: true" },
            { "Float", "Serialize", true, 1.0d, null },
            { "Float", "Value", false, null, @"Float cannot represent non numeric value: false" },
            { "Float", "Serialize", false, 0.0d, null },
            { "Float", "Value", null, null, @"Float cannot represent non numeric value: null" },
            { "Float", "Serialize", null, null, @"Float cannot represent non numeric value: null" },
            {
                "Float",
                "Value",
                new List<object?> { 1, 2 },
                null,
                @"Float cannot represent non numeric value: [1, 2]"
            },
            {
                "Float",
                "Serialize",
                new List<object?> { 1, 2 },
                null,
                @"Float cannot represent non numeric value: [1, 2]"
            },
            {
                "Float",
                "Value",
                new Dictionary<string, object?> { ["a"] = 1 },
                null,
                @"Float cannot represent non numeric value: { a: 1 }"
            },
            {
                "Float",
                "Serialize",
                new Dictionary<string, object?> { ["a"] = 1 },
                null,
                @"Float cannot represent non numeric value: { a: 1 }"
            },
            {
                "Float",
                "Value",
                BigInteger.Parse("9007199254740993"),
                null,
                @"Float cannot represent non numeric value: 9007199254740993 (value would lose precision)"
            },
            {
                "Float",
                "Serialize",
                BigInteger.Parse("9007199254740993"),
                null,
                @"Float cannot represent non numeric value: 9007199254740993 (value would lose precision)"
            },
            {
                "Float",
                "Value",
                BigInteger.Pow(2, 1030),
                null,
                @"Float cannot represent non numeric value: 11505236063118821809467553221049758295155052665230762065499525194094891251552061640493342548634082305351687288311769174890162545204122663839542235560926343960177145179191391057683342054479750023644997308933440369205641643669917624414330439074612943178454432683813523087356623740062701843509462805095950344781824 (value is too large)"
            },
            {
                "Float",
                "Serialize",
                BigInteger.Pow(2, 1030),
                null,
                @"Float cannot represent non numeric value: 11505236063118821809467553221049758295155052665230762065499525194094891251552061640493342548634082305351687288311769174890162545204122663839542235560926343960177145179191391057683342054479750023644997308933440369205641643669917624414330439074612943178454432683813523087356623740062701843509462805095950344781824 (value is too large)"
            },
            { "Float", "Value", new BigInteger(5), 5.0d, null },
            { "Float", "Serialize", new BigInteger(5), 5.0d, null },
            { "String", "Value", 1, null, @"String cannot represent a non string value: 1" },
            { "String", "Serialize", 1, @"1", null },
            {
                "String",
                "Value",
                2147483648L,
                null,
                @"String cannot represent a non string value: 2147483648"
            },
            { "String", "Serialize", 2147483648L, @"2147483648", null },
            { "String", "Value", 1.0, null, @"String cannot represent a non string value: 1" },
            { "String", "Serialize", 1.0, @"1", null },
            { "String", "Value", 1.5, null, @"String cannot represent a non string value: 1.5" },
            { "String", "Serialize", 1.5, @"1.5", null },
            {
                "String",
                "Value",
                -2147483649L,
                null,
                @"String cannot represent a non string value: -2147483649"
            },
            { "String", "Serialize", -2147483649L, @"-2147483649", null },
            { "String", "Value", 1e21, null, @"String cannot represent a non string value: 1e+21" },
            { "String", "Serialize", 1e21, @"1e+21", null },
            { "String", "Value", double.NaN, null, @"String cannot represent a non string value: NaN" },
            { "String", "Serialize", double.NaN, null, @"String cannot represent value: NaN" },
            {
                "String",
                "Value",
                double.PositiveInfinity,
                null,
                @"String cannot represent a non string value: Infinity"
            },
            {
                "String",
                "Serialize",
                double.PositiveInfinity,
                null,
                @"String cannot represent value: Infinity"
            },
            { "String", "Value", "abc", @"abc", null },
            { "String", "Serialize", "abc", @"abc", null },
            { "String", "Value", "12", @"12", null },
            { "String", "Serialize", "12", @"12", null },
            { "String", "Value", "", @"", null },
            { "String", "Serialize", "", @"", null },
            { "String", "Value", "  ", @"  ", null },
            { "String", "Serialize", "  ", @"  ", null },
            { "String", "Value", "1e3", @"1e3", null },
            { "String", "Serialize", "1e3", @"1e3", null },
            { "String", "Value", "0x10", @"0x10", null },
            { "String", "Serialize", "0x10", @"0x10", null },
            { "String", "Value", " 12 ", @" 12 ", null },
            { "String", "Serialize", " 12 ", @" 12 ", null },
            { "String", "Value", "1.5", @"1.5", null },
            { "String", "Serialize", "1.5", @"1.5", null },
            { "String", "Value", true, null, @"String cannot represent a non string value: true" },
            { "String", "Serialize", true, @"true", null },
            { "String", "Value", false, null, @"String cannot represent a non string value: false" },
            { "String", "Serialize", false, @"false", null },
            { "String", "Value", null, null, @"String cannot represent a non string value: null" },
            { "String", "Serialize", null, null, @"String cannot represent value: null" },
            {
                "String",
                "Value",
                new List<object?> { 1, 2 },
                null,
                @"String cannot represent a non string value: [1, 2]"
            },
            {
                "String",
                "Serialize",
                new List<object?> { 1, 2 },
                null,
                @"String cannot represent value: [1, 2]"
            },
            {
                "String",
                "Value",
                new Dictionary<string, object?> { ["a"] = 1 },
                null,
                @"String cannot represent a non string value: { a: 1 }"
            },
            {
                "String",
                "Serialize",
                new Dictionary<string, object?> { ["a"] = 1 },
                null,
                @"String cannot represent value: { a: 1 }"
            },
            {
                "String",
                "Value",
                BigInteger.Parse("9007199254740993"),
                null,
                @"String cannot represent a non string value: 9007199254740993"
            },
            { "String", "Serialize", BigInteger.Parse("9007199254740993"), @"9007199254740993", null },
            {
                "String",
                "Value",
                BigInteger.Pow(2, 1030),
                null,
                @"String cannot represent a non string value: 11505236063118821809467553221049758295155052665230762065499525194094891251552061640493342548634082305351687288311769174890162545204122663839542235560926343960177145179191391057683342054479750023644997308933440369205641643669917624414330439074612943178454432683813523087356623740062701843509462805095950344781824"
            },
            {
                "String",
                "Serialize",
                BigInteger.Pow(2, 1030),
                @"11505236063118821809467553221049758295155052665230762065499525194094891251552061640493342548634082305351687288311769174890162545204122663839542235560926343960177145179191391057683342054479750023644997308933440369205641643669917624414330439074612943178454432683813523087356623740062701843509462805095950344781824",
                null
            },
            { "String", "Value", new BigInteger(5), null, @"String cannot represent a non string value: 5" },
            { "String", "Serialize", new BigInteger(5), @"5", null },
            { "Boolean", "Value", 1, null, @"Boolean cannot represent a non boolean value: 1" },
            { "Boolean", "Serialize", 1, true, null },
            {
                "Boolean",
                "Value",
                2147483648L,
                null,
                @"Boolean cannot represent a non boolean value: 2147483648"
            },
            { "Boolean", "Serialize", 2147483648L, true, null },
            { "Boolean", "Value", 1.0, null, @"Boolean cannot represent a non boolean value: 1" },
            { "Boolean", "Serialize", 1.0, true, null },
            { "Boolean", "Value", 1.5, null, @"Boolean cannot represent a non boolean value: 1.5" },
            { "Boolean", "Serialize", 1.5, true, null },
            {
                "Boolean",
                "Value",
                -2147483649L,
                null,
                @"Boolean cannot represent a non boolean value: -2147483649"
            },
            { "Boolean", "Serialize", -2147483649L, true, null },
            { "Boolean", "Value", 1e21, null, @"Boolean cannot represent a non boolean value: 1e+21" },
            { "Boolean", "Serialize", 1e21, true, null },
            { "Boolean", "Value", double.NaN, null, @"Boolean cannot represent a non boolean value: NaN" },
            {
                "Boolean",
                "Serialize",
                double.NaN,
                null,
                @"Boolean cannot represent a non boolean value: NaN"
            },
            {
                "Boolean",
                "Value",
                double.PositiveInfinity,
                null,
                @"Boolean cannot represent a non boolean value: Infinity"
            },
            {
                "Boolean",
                "Serialize",
                double.PositiveInfinity,
                null,
                @"Boolean cannot represent a non boolean value: Infinity"
            },
            { "Boolean", "Value", "abc", null, @"Boolean cannot represent a non boolean value: ""abc""" },
            { "Boolean", "Serialize", "abc", null, @"Boolean cannot represent a non boolean value: ""abc""" },
            { "Boolean", "Value", "12", null, @"Boolean cannot represent a non boolean value: ""12""" },
            { "Boolean", "Serialize", "12", null, @"Boolean cannot represent a non boolean value: ""12""" },
            { "Boolean", "Value", "", null, @"Boolean cannot represent a non boolean value: """"" },
            { "Boolean", "Serialize", "", null, @"Boolean cannot represent a non boolean value: """"" },
            { "Boolean", "Value", "  ", null, @"Boolean cannot represent a non boolean value: ""  """ },
            { "Boolean", "Serialize", "  ", null, @"Boolean cannot represent a non boolean value: ""  """ },
            { "Boolean", "Value", "1e3", null, @"Boolean cannot represent a non boolean value: ""1e3""" },
            { "Boolean", "Serialize", "1e3", null, @"Boolean cannot represent a non boolean value: ""1e3""" },
            { "Boolean", "Value", "0x10", null, @"Boolean cannot represent a non boolean value: ""0x10""" },
            {
                "Boolean",
                "Serialize",
                "0x10",
                null,
                @"Boolean cannot represent a non boolean value: ""0x10"""
            },
            { "Boolean", "Value", " 12 ", null, @"Boolean cannot represent a non boolean value: "" 12 """ },
            {
                "Boolean",
                "Serialize",
                " 12 ",
                null,
                @"Boolean cannot represent a non boolean value: "" 12 """
            },
            { "Boolean", "Value", "1.5", null, @"Boolean cannot represent a non boolean value: ""1.5""" },
            { "Boolean", "Serialize", "1.5", null, @"Boolean cannot represent a non boolean value: ""1.5""" },
            { "Boolean", "Value", true, true, null },
            { "Boolean", "Serialize", true, true, null },
            { "Boolean", "Value", false, false, null },
            { "Boolean", "Serialize", false, false, null },
            { "Boolean", "Value", null, null, @"Boolean cannot represent a non boolean value: null" },
            { "Boolean", "Serialize", null, null, @"Boolean cannot represent a non boolean value: null" },
            {
                "Boolean",
                "Value",
                new List<object?> { 1, 2 },
                null,
                @"Boolean cannot represent a non boolean value: [1, 2]"
            },
            {
                "Boolean",
                "Serialize",
                new List<object?> { 1, 2 },
                null,
                @"Boolean cannot represent a non boolean value: [1, 2]"
            },
            {
                "Boolean",
                "Value",
                new Dictionary<string, object?> { ["a"] = 1 },
                null,
                @"Boolean cannot represent a non boolean value: { a: 1 }"
            },
            {
                "Boolean",
                "Serialize",
                new Dictionary<string, object?> { ["a"] = 1 },
                null,
                @"Boolean cannot represent a non boolean value: { a: 1 }"
            },
            {
                "Boolean",
                "Value",
                BigInteger.Parse("9007199254740993"),
                null,
                @"Boolean cannot represent a non boolean value: 9007199254740993"
            },
            { "Boolean", "Serialize", BigInteger.Parse("9007199254740993"), true, null },
            {
                "Boolean",
                "Value",
                BigInteger.Pow(2, 1030),
                null,
                @"Boolean cannot represent a non boolean value: 11505236063118821809467553221049758295155052665230762065499525194094891251552061640493342548634082305351687288311769174890162545204122663839542235560926343960177145179191391057683342054479750023644997308933440369205641643669917624414330439074612943178454432683813523087356623740062701843509462805095950344781824"
            },
            { "Boolean", "Serialize", BigInteger.Pow(2, 1030), true, null },
            {
                "Boolean",
                "Value",
                new BigInteger(5),
                null,
                @"Boolean cannot represent a non boolean value: 5"
            },
            { "Boolean", "Serialize", new BigInteger(5), true, null },
            { "ID", "Value", 1, @"1", null },
            { "ID", "Serialize", 1, @"1", null },
            { "ID", "Value", 2147483648L, @"2147483648", null },
            { "ID", "Serialize", 2147483648L, @"2147483648", null },
            { "ID", "Value", 1.0, @"1", null },
            { "ID", "Serialize", 1.0, @"1", null },
            { "ID", "Value", 1.5, null, @"ID cannot represent value: 1.5" },
            { "ID", "Serialize", 1.5, null, @"ID cannot represent value: 1.5" },
            { "ID", "Value", -2147483649L, @"-2147483649", null },
            { "ID", "Serialize", -2147483649L, @"-2147483649", null },
            { "ID", "Value", 1e21, @"1e+21", null },
            { "ID", "Serialize", 1e21, @"1e+21", null },
            { "ID", "Value", double.NaN, null, @"ID cannot represent value: NaN" },
            { "ID", "Serialize", double.NaN, null, @"ID cannot represent value: NaN" },
            { "ID", "Value", double.PositiveInfinity, null, @"ID cannot represent value: Infinity" },
            { "ID", "Serialize", double.PositiveInfinity, null, @"ID cannot represent value: Infinity" },
            { "ID", "Value", "abc", @"abc", null },
            { "ID", "Serialize", "abc", @"abc", null },
            { "ID", "Value", "12", @"12", null },
            { "ID", "Serialize", "12", @"12", null },
            { "ID", "Value", "", @"", null },
            { "ID", "Serialize", "", @"", null },
            { "ID", "Value", "  ", @"  ", null },
            { "ID", "Serialize", "  ", @"  ", null },
            { "ID", "Value", "1e3", @"1e3", null },
            { "ID", "Serialize", "1e3", @"1e3", null },
            { "ID", "Value", "0x10", @"0x10", null },
            { "ID", "Serialize", "0x10", @"0x10", null },
            { "ID", "Value", " 12 ", @" 12 ", null },
            { "ID", "Serialize", " 12 ", @" 12 ", null },
            { "ID", "Value", "1.5", @"1.5", null },
            { "ID", "Serialize", "1.5", @"1.5", null },
            { "ID", "Value", true, null, @"ID cannot represent value: true" },
            { "ID", "Serialize", true, null, @"ID cannot represent value: true" },
            { "ID", "Value", false, null, @"ID cannot represent value: false" },
            { "ID", "Serialize", false, null, @"ID cannot represent value: false" },
            { "ID", "Value", null, null, @"ID cannot represent value: null" },
            { "ID", "Serialize", null, null, @"ID cannot represent value: null" },
            {
                "ID",
                "Value",
                new List<object?> { 1, 2 },
                null,
                @"ID cannot represent value: [1, 2]"
            },
            {
                "ID",
                "Serialize",
                new List<object?> { 1, 2 },
                null,
                @"ID cannot represent value: [1, 2]"
            },
            {
                "ID",
                "Value",
                new Dictionary<string, object?> { ["a"] = 1 },
                null,
                @"ID cannot represent value: { a: 1 }"
            },
            {
                "ID",
                "Serialize",
                new Dictionary<string, object?> { ["a"] = 1 },
                null,
                @"ID cannot represent value: { a: 1 }"
            },
            { "ID", "Value", BigInteger.Parse("9007199254740993"), @"9007199254740993", null },
            { "ID", "Serialize", BigInteger.Parse("9007199254740993"), @"9007199254740993", null },
            {
                "ID",
                "Value",
                BigInteger.Pow(2, 1030),
                @"11505236063118821809467553221049758295155052665230762065499525194094891251552061640493342548634082305351687288311769174890162545204122663839542235560926343960177145179191391057683342054479750023644997308933440369205641643669917624414330439074612943178454432683813523087356623740062701843509462805095950344781824",
                null
            },
            {
                "ID",
                "Serialize",
                BigInteger.Pow(2, 1030),
                @"11505236063118821809467553221049758295155052665230762065499525194094891251552061640493342548634082305351687288311769174890162545204122663839542235560926343960177145179191391057683342054479750023644997308933440369205641643669917624414330439074612943178454432683813523087356623740062701843509462805095950344781824",
                null
            },
            { "ID", "Value", new BigInteger(5), @"5", null },
            { "ID", "Serialize", new BigInteger(5), @"5", null },
        };

    [Theory]
    [MemberData(nameof(RuntimeValues))]
    public void Runtime_value_coercion_matches_graphql_js(
        string scalarName,
        string operation,
        object? input,
        object? expectedValue,
        string? expectedError
    )
    {
        var scalar = SpecifiedScalars.Get(scalarName)!;

        var result = operation == "Value" ? scalar.ParseValue(input) : scalar.Serialize(input);

        Assert.Equal(expectedError, result.Error);
        Assert.Equal(expectedValue, result.Value);
    }

    [Fact]
    public void Built_in_scalars_are_listed_in_graphql_js_order_with_its_descriptions()
    {
        Assert.Equal(["String", "Int", "Float", "Boolean", "ID"], SpecifiedScalars.All.Select(s => s.Name));
        Assert.Equal(
            "The `Boolean` scalar type represents `true` or `false`.",
            SpecifiedScalars.Boolean.Description
        );
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(123.0, "123")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(123456789012345680000.0, "123456789012345680000")]
    [InlineData(-2.5, "-2.5")]
    public void Doubles_print_like_JavaScript_numbers(double value, string expected) =>
        Assert.Equal(expected, SpecifiedScalars.String.Serialize(value).Value);
}
