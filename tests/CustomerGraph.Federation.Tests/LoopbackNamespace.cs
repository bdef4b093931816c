using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace CustomerGraph.Federation.Tests;

/// <summary>
/// A private network namespace whose only interface is its own loopback: the servers started in it bind the
/// compatibility suite's fixed ports (4000–4003) without colliding with parallel runs, and no connection can leave
/// it. While it lives, every TCP socket in it is sampled, so a test can show that none had a peer off loopback.
/// </summary>
public sealed class LoopbackNamespace : IDisposable
{
    private readonly Process _holder;
    private readonly List<Process> _processes = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private readonly HashSet<IPAddress> _peers = [];

    private LoopbackNamespace(Process holder)
    {
        _holder = holder;
        _sampling = Task.Run(SampleAsync);
    }

    /// <summary>Creates the namespace (as root, with util-linux's unshare and nsenter) and brings its loopback up.</summary>
    public static LoopbackNamespace Create()
    {
        var holder = Process.Start(
            new ProcessStartInfo("unshare", ["--net", "sleep", "infinity"]) { RedirectStandardOutput = true }
        )!;
        // Until unshare has made its namespace, the holder is still in ours: wait for the two to differ.
        var ours = new FileInfo("/proc/self/ns/net").LinkTarget;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (new FileInfo($"/proc/{holder.Id}/ns/net").LinkTarget == ours)
        {
            if (holder.HasExited || DateTime.UtcNow > deadline)
                throw new InvalidOperationException(
                    "unshare --net did not create a network namespace (it needs root)."
                );
            Thread.Sleep(20);
        }
        var created = new LoopbackNamespace(holder);
        var up = created.Run("ip", ["link", "set", "lo", "up"]);
        if (up.ExitCode != 0)
            throw new InvalidOperationException("Could not bring up the namespace's loopback: " + up.Output);
        return created;
    }

    /// <summary>The peer addresses of every TCP socket seen in the namespace so far (listening sockets have none).</summary>
    public IReadOnlyCollection<IPAddress> PeersSeen
    {
        get
        {
            lock (_peers)
                return [.. _peers];
        }
    }

    /// <summary>The namespace's network interfaces, as <c>ip -o link</c> names them.</summary>
    public IReadOnlyList<string> Interfaces() =>
        Run("ip", ["-o", "link"])
            .Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(':')[1].Trim())
            .ToList();

    /// <summary>Starts a long-running process in the namespace, its output going to <paramref name="logFile"/>.</summary>
    public void Start(
        string logFile,
        IReadOnlyDictionary<string, string> environment,
        string workingDirectory,
        params string[] command
    )
    {
        var info = Enter(command, workingDirectory, environment);
        var process = Process.Start(info)!;
        var log = new StreamWriter(logFile) { AutoFlush = true };
        process.OutputDataReceived += (_, line) => WriteLine(log, line.Data);
        process.ErrorDataReceived += (_, line) => WriteLine(log, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _processes.Add(process);
    }

    /// <summary>Runs a command in the namespace to its end (at most <paramref name="timeout"/>).</summary>
    public (int ExitCode, string Output) Run(
        string file,
        string[] arguments,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null,
        TimeSpan? timeout = null
    )
    {
        using var process = Process.Start(Enter([file, .. arguments], workingDirectory, environment))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish in time.");
        }
        return (process.ExitCode, output.Result + errors.Result);
    }

    private ProcessStartInfo Enter(
        string[] command,
        string? workingDirectory,
        IReadOnlyDictionary<string, string>? environment
    )
    {
        var info = new ProcessStartInfo(
            "nsenter",
            ["--target", _holder.Id.ToString(CultureInfo.InvariantCulture), "--net", "--", .. command]
        )
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            info.Environment[name] = value;
        return info;
    }

    private static void WriteLine(StreamWriter log, string? line)
    {
        if (line is null)
            return;
        lock (log)
            log.WriteLine(line);
    }

    private async Task SampleAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            foreach (var table in new[] { "tcp", "tcp6" })
            {
                string[] lines;
                try
                {
                    lines = await File.ReadAllLinesAsync($"/proc/{_holder.Id}/net/{table}");
                }
                catch (IOException)
                {
                    return;
                }
                foreach (var line in lines.Skip(1))
                {
                    var remote = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[2].Split(':')[0];
                    var address = ParseProcAddress(remote);
                    if (!address.Equals(IPAddress.Any) && !address.Equals(IPAddress.IPv6Any))
                        lock (_peers)
                            _peers.Add(address);
                }
            }
            try
            {
                await Task.Delay(100, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>An address of /proc/net/tcp{,6}: hexadecimal, in 32-bit words of host (little-endian) byte order.</summary>
    private static IPAddress ParseProcAddress(string hex)
    {
        var bytes = Convert.FromHexString(hex);
        for (var word = 0; word < bytes.Length; word += 4)
            Array.Reverse(bytes, word, 4);
        return new IPAddress(bytes);
    }

    public void Dispose()
    {
        _stop.Cancel();
        foreach (var process in _processes)
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
            process.WaitForExit();
            process.Dispose();
        }
        _holder.Kill(entireProcessTree: true);
        _holder.WaitForExit();
        _holder.Dispose();
        _sampling.Wait();
    }
}
