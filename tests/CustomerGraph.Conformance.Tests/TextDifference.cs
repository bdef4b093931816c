namespace CustomerGraph.Conformance.Tests;

/// <summary>Describes where two printed texts first differ, so a failure message points at the line.</summary>
public static class TextDifference
{
    public static string Describe(string expected, string? actual)
    {
        if (actual is null)
            return "nothing printed";
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var index = 0; index < Math.Max(expectedLines.Length, actualLines.Length); index++)
        {
            var expectedLine = index < expectedLines.Length ? Quote(expectedLines[index]) : "(end of text)";
            var actualLine = index < actualLines.Length ? Quote(actualLines[index]) : "(end of text)";
            if (expectedLine != actualLine)
                return $"line {index + 1}: expected {expectedLine}, actual {actualLine}";
        }
        return "texts are equal";
    }

    private static string Quote(string line) =>
        "`"
        + line.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal)
        + "`";
}
