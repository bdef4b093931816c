using System.Collections.Concurrent;
using System.Diagnostics;

namespace CustomerGraph.Supergraph.Tests;

/// <summary>
/// A Node script of <c>tests/federation</c> running beside the tests: its output kept for failure messages, the
/// whole process tree killed on dispose.
/// </summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource<string> _firstLine = new(
        TaskCreationOptions.RunContinuationsAsynchronously
    );

    private NodeProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, line) => Receive(line.Data);
        _process.ErrorDataReceived += (_, line) => Receive(line.Data);
        _process.Exited += (_, _) =>
            _firstLine.TrySetException(new InvalidOperationException($"The process exited:\n{Output}"));
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Everything the process wrote so far, stdout and stderr interleaved.</summary>
    public string Output => string.Join('\n', _output);

    /// <summary>Starts <c>node script arguments…</c> in the repository root with the given environment.</summary>
    public static NodeProcess Start(
        string script,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null
    )
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(Repository.Root, script));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            start.Environment[key] = value;
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.Start();
        return new NodeProcess(process);
    }

    /// <summary>Runs a script to its end; throws with its output when it fails or outlives <paramref name="timeout"/>.</summary>
    public static async Task<string> RunAsync(
        string script,
        IEnumerable<string> arguments,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null
    )
    {
        await using var node = Start(script, arguments, environment);
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await node._process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{script} did not finish within {timeout}:\n{node.Output}");
        }
        // The exit event can come before the last lines of output are read.
        node._process.WaitForExit();
        if (node._process.ExitCode != 0)
            throw new InvalidOperationException($"{script} exited {node._process.ExitCode}:\n{node.Output}");
        return node.Output;
    }

    /// <summary>The first line the process writes (the test subgraph prints its address there).</summary>
    public Task<string> FirstLineAsync(TimeSpan timeout) => _firstLine.Task.WaitAsync(timeout);

    /// <summary>Polls <paramref name="url"/> until it answers 200, failing with the process output otherwise.</summary>
    public async Task WaitUntilServingAsync(Uri url, TimeSpan timeout)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The process exited:\n{Output}");
            try
            {
                using var response = await client.GetAsync(url);
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"{url} did not answer within {timeout}:\n{Output}");
    }

    private void Receive(string? line)
    {
        if (line is null)
            return;
        _output.Enqueue(line);
        _firstLine.TrySetResult(line);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
