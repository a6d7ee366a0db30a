using System.Text.Json.Serialization;
using PeerPractice.Sessions;

namespace PeerPractice.ConsoleHost.Facilitation;

/// <summary>How the host runs a session; stored with it so a resumed session runs the same way.</summary>
/// <param name="AutoAdvance">End expired turns without waiting for 'next'.</param>
/// <param name="WarningFraction">Part of a timebox left when the warning shows.</param>
internal sealed record HostSettings(bool AutoAdvance, double WarningFraction)
{
    public static HostSettings Default { get; } = new(false, SessionOptions.Default.WarningFraction);

    public SessionOptions ToOptions() => new() { AutoAdvance = AutoAdvance, WarningFraction = WarningFraction, EnableTimers = false };
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(List<Participant>))]
[JsonSerializable(typeof(HostSettings))]
internal sealed partial class HostJsonContext : JsonSerializerContext;
