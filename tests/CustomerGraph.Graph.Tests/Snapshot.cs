using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Sdk;

namespace CustomerGraph.Graph.Tests;

/// <summary>
/// Snapshot assertions: a value is printed as indented JSON and compared with <c>__snapshots__/&lt;name&gt;.snap</c>
/// beside the test sources. A missing snapshot fails (so CI never writes one); CUSTOMERGRAPH_UPDATE_SNAPSHOTS=1
/// writes or refreshes them. A mismatch reports a line diff.
/// </summary>
public static class Snapshot
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Match(JsonNode value, string name, [CallerFilePath] string sourceFile = "")
    {
        var actual = value.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
        var path = Path.Combine(Path.GetDirectoryName(sourceFile)!, "__snapshots__", name + ".snap");
        if (Environment.GetEnvironmentVariable("CUSTOMERGRAPH_UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }
        if (!File.Exists(path))
            throw new XunitException(
                $"No snapshot {name}.snap: run with CUSTOMERGRAPH_UPDATE_SNAPSHOTS=1 to write it.\n{actual}"
            );
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual)
            throw new XunitException(
                $"Snapshot {name}.snap differs (- expected, + actual; CUSTOMERGRAPH_UPDATE_SNAPSHOTS=1 accepts):\n"
                    + Diff(expected, actual)
            );
    }

    /// <summary>A line diff from the longest common subsequence, with two lines of context around each change.</summary>
    public static string Diff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        for (var j = b.Length - 1; j >= 0; j--)
            lengths[i, j] =
                a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
        var lines = new List<(char Kind, string Text)>();
        int x = 0,
            y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                lines.Add((' ', a[x]));
                x++;
                y++;
            }
            else if (x < a.Length && (y == b.Length || lengths[x + 1, y] >= lengths[x, y + 1]))
                lines.Add(('-', a[x++]));
            else
                lines.Add(('+', b[y++]));
        }
        var output = new StringBuilder();
        var lastShown = -1;
        for (var index = 0; index < lines.Count; index++)
        {
            var near = Enumerable
                .Range(Math.Max(0, index - 2), Math.Min(lines.Count, index + 3) - Math.Max(0, index - 2))
                .Any(k => lines[k].Kind != ' ');
            if (!near)
                continue;
            if (lastShown >= 0 && index > lastShown + 1)
                output.AppendLine("  …");
            output.Append(lines[index].Kind).Append(' ').AppendLine(lines[index].Text);
            lastShown = index;
        }
        return output.ToString();
    }
}
