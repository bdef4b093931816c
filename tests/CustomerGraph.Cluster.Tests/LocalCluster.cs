using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Npgsql;

namespace CustomerGraph.Cluster.Tests;

/// <summary>
/// The topology of <c>./run.sh cluster</c>, started by that same script (tests/cluster/cluster.sh): PostgreSQL,
/// Redis, two hosts as real processes and nginx in front. Budgets are small here so a test can exhaust one; the
/// state folder holds the script's cluster.env (ports, signing key) and each host's pid.
/// </summary>
public sealed class LocalCluster : IAsyncLifetime
{
    /// <summary>The complexity budget each API user gets in this cluster.</summary>
    public const int Budget = 3000;

    public const int Instances = 2;

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(150);

    private readonly TemporaryFolder _folder = new("cluster");
    private readonly StringBuilder _scriptOutput = new();
    private Process? _script;
    private Dictionary<string, string> _settings = [];

    public string StateDirectory => _folder.Path;

    public Uri Balancer => new(_settings["BALANCER_URL"]);

    /// <summary>Host <paramref name="instance"/> (1-based) directly, bypassing the balancer.</summary>
    public Uri Host(int instance) =>
        new(
            $"http://127.0.0.1:{_settings["HOST_PORTS"].Split(' ', StringSplitOptions.RemoveEmptyEntries)[instance - 1]}"
        );

    /// <summary>A connection to the cluster's database, for checking what the hosts wrote; unpooled, since PostgreSQL restarts in between.</summary>
    public string DatabaseConnectionString =>
        $"Host=127.0.0.1;Port={_settings["PG_PORT"]};Username=postgres;Database=customergraph;Timeout=5;Pooling=false";

    public async Task InitializeAsync()
    {
        var script = RepositoryRoot.Combine("tests", "cluster", "cluster.sh");
        var start = new ProcessStartInfo(script)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (
            var argument in new[]
            {
                "--instances",
                Instances.ToString(),
                "--port",
                FreePortBlock().ToString(),
                "--dir",
                _folder.Path,
                "--no-build",
                "--parent-pid",
                Environment.ProcessId.ToString(),
            }
        )
            start.ArgumentList.Add(argument);
        start.Environment["RateLimiting__Budget"] = Budget.ToString();
        start.Environment["RateLimiting__Window"] = "01:00:00";
        _script = Process.Start(start)!;
        _script.OutputDataReceived += (_, line) => Record(line.Data);
        _script.ErrorDataReceived += (_, line) => Record(line.Data);
        _script.BeginOutputReadLine();
        _script.BeginErrorReadLine();
        var started = Stopwatch.StartNew();
        var ready = Path.Combine(_folder.Path, "ready");
        while (!File.Exists(ready))
        {
            if (_script.HasExited || started.Elapsed > StartTimeout)
                throw new InvalidOperationException($"The cluster did not start:\n{ScriptOutput}");
            await Task.Delay(200);
        }
        _settings = File.ReadAllLines(Path.Combine(_folder.Path, "cluster.env"))
            .Select(line => line.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1].Trim('\''));
    }

    public async Task DisposeAsync()
    {
        if (_script is { HasExited: false })
        {
            // SIGTERM: the script stops the hosts, nginx, Redis and PostgreSQL before it exits.
            _ = Kill(_script.Id, SigTerm);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(40));
            try
            {
                await _script.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _script.Kill(entireProcessTree: true);
            }
        }
        _script?.Dispose();
        _folder.Dispose();
    }

    public string ScriptOutput
    {
        get
        {
            lock (_scriptOutput)
                return _scriptOutput.ToString();
        }
    }

    /// <summary>
    /// A bearer token for API user <paramref name="subject"/> acting for <paramref name="accountId"/>, granted every
    /// scope (reading, managing customers, managing custom fields).
    /// </summary>
    public string Token(string subject, Guid accountId)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(
            new SecurityTokenDescriptor
            {
                Issuer = _settings["AUTH_ISSUER"],
                Audience = _settings["AUTH_AUDIENCE"],
                IssuedAt = now,
                NotBefore = now,
                Expires = now.AddHours(1),
                Claims = new Dictionary<string, object>
                {
                    ["sub"] = subject,
                    ["account_id"] = accountId.ToString("D"),
                    ["scope"] = "account.view account.customer.manage account.custom-fields.manage",
                },
                SigningCredentials = new SigningCredentials(
                    new SymmetricSecurityKey(Convert.FromBase64String(_settings["AUTH_SIGNING_KEY"])),
                    SecurityAlgorithms.HmacSha256
                ),
            }
        );
    }

    /// <summary>SIGKILL to host <paramref name="instance"/>: no shutdown, no goodbye; the script starts it again.</summary>
    public int KillHost(int instance)
    {
        var pid = int.Parse(File.ReadAllText(Path.Combine(_folder.Path, $"host-{instance}.pid")).Trim());
        Assert.Equal(0, Kill(pid, SigKill));
        return pid;
    }

    /// <summary>The pid the script started host <paramref name="instance"/> under last.</summary>
    public int HostPid(int instance) =>
        int.Parse(File.ReadAllText(Path.Combine(_folder.Path, $"host-{instance}.pid")).Trim());

    /// <summary><c>cluster.sh postgres|redis stop|start</c> on this cluster.</summary>
    public async Task ServiceAsync(string service, string action)
    {
        var start = new ProcessStartInfo(RepositoryRoot.Combine("tests", "cluster", "cluster.sh"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { service, action, "--dir", _folder.Path })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(process.ExitCode == 0, $"cluster.sh {service} {action} failed: {await error}");
    }

    /// <summary>Waits until host <paramref name="instance"/> answers /readyz with 200; returns how long that took.</summary>
    public async Task<TimeSpan> WaitReadyAsync(int instance, TimeSpan limit)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < limit)
        {
            try
            {
                using var response = await client.GetAsync(new Uri(Host(instance), "/readyz"));
                if (response.IsSuccessStatusCode)
                    return waited.Elapsed;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException(
            $"Host {instance} not ready after {limit}:\n{HostLog(instance)}\nThe cluster script:\n{ScriptOutput}"
        );
    }

    /// <summary>
    /// Waits until every host answers /readyz (a host started again after a kill takes a while on a busy machine);
    /// tests that talk to the hosts directly start with it, so one test's fault never becomes the next one's failure.
    /// </summary>
    public async Task WaitAllReadyAsync()
    {
        for (var instance = 1; instance <= Instances; instance++)
            await WaitReadyAsync(instance, ReadyLimit);
    }

    /// <summary>How long a host may take to become ready: a cold start of the host under load on a loaded machine.</summary>
    public static readonly TimeSpan ReadyLimit = TimeSpan.FromSeconds(90);

    public string HostLog(int instance) =>
        File.ReadAllText(Path.Combine(_folder.Path, $"host-{instance}.log"));

    /// <summary>Runs one SQL statement returning a single value against the cluster's database.</summary>
    public async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private void Record(string? line)
    {
        if (line is null)
            return;
        lock (_scriptOutput)
            _scriptOutput.AppendLine(line);
    }

    /// <summary>A port with the next 20 free too (the script uses P … P+10+N).</summary>
    private static int FreePortBlock()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var port = Random.Shared.Next(20_000, 40_000);
            if (Enumerable.Range(port, 20).All(IsFree))
                return port;
        }
        throw new InvalidOperationException("No free block of loopback ports.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    private const int SigKill = 9;
    private const int SigTerm = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
