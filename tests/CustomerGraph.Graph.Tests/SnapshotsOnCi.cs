using System.Runtime.CompilerServices;

namespace CustomerGraph.Graph.Tests;

/// <summary>
/// On a CI machine (<c>CI</c> set) Snapshooter's strict mode is on, so a missing snapshot fails the test: Snapshooter
/// 1.3.1 would otherwise write it silently and pass.
/// </summary>
public static class SnapshotsOnCi
{
    /// <summary>Turns strict mode on before any test runs, unless <c>SNAPSHOOTER_STRICT_MODE</c> says otherwise.</summary>
    [ModuleInitializer]
    public static void RequireCommittedSnapshots()
    {
        var ci = Environment.GetEnvironmentVariable("CI");
        var onCi = !string.IsNullOrEmpty(ci) && ci != "false" && ci != "0";
        if (onCi && Environment.GetEnvironmentVariable("SNAPSHOOTER_STRICT_MODE") is null)
            Environment.SetEnvironmentVariable("SNAPSHOOTER_STRICT_MODE", "true");
    }
}
