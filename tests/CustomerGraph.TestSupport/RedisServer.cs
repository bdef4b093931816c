using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CustomerGraph.TestSupport;

/// <summary>
/// A real <c>redis-server</c> on a free port of 127.0.0.1, in its own temporary folder and persisting nothing. It can
/// be stopped and started again on the same port, as an outage and a recovery look to its clients.
/// </summary>
public sealed class RedisServer : IDisposable
{
    private readonly TemporaryFolder _folder = new("redis");
    private Process? _process;

    /// <summary>Reserves a port and starts the server unless <paramref name="start"/> is false.</summary>
    public RedisServer(bool start = true)
    {
        _folder.Create();
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        if (start)
            Start();
    }

    /// <summary>The server's port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string of the server.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    /// <summary>Whether the server process runs.</summary>
    public bool Running => _process is { HasExited: false };

    /// <summary>Starts the server and waits until it answers PING.</summary>
    public void Start()
    {
        if (Running)
            return;
        var start = new ProcessStartInfo("redis-server")
        {
            ArgumentList =
            {
                "--bind",
                "127.0.0.1",
                "--port",
                Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--save",
                "",
                "--appendonly",
                "no",
                "--daemonize",
                "no",
                "--dir",
                _folder.Path,
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException(
                "redis-server is not installed: apt-get install -y redis-server (test.sh does).",
                exception
            );
        }
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (!AnswersPing())
        {
            if (process.HasExited)
                throw new InvalidOperationException(
                    $"redis-server exited with {process.ExitCode} on port {Port}."
                );
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"redis-server did not answer on port {Port} within 15 s.");
            Thread.Sleep(50);
        }
    }

    /// <summary>Kills the server and waits until it has exited: its clients see their connections drop.</summary>
    public void Stop()
    {
        if (_process is not { } process)
            return;
        if (!process.HasExited)
            process.Kill();
        process.WaitForExit();
        process.Dispose();
        _process = null;
    }

    public void Dispose()
    {
        Stop();
        _folder.Dispose();
    }

    private bool AnswersPing()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            stream.ReadTimeout = 1000;
            stream.Write("PING\r\n"u8);
            var buffer = new byte[16];
            var read = stream.Read(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
