using System.Collections.Immutable;
using Orleans;

namespace PeerPractice.Orleans;

/// <summary>Starts a session on a grain: the agenda (its JSON, stored with the session), who takes part, and the engine's options.</summary>
/// <param name="AgendaJson">The agenda's JSON (see <c>AgendaLoader</c>; a built-in one from <c>AgendaLibrary</c>).</param>
/// <param name="Participants">Who takes part, in speaking order.</param>
/// <param name="AutoAdvance">Whether a turn ends by itself when its time is up.</param>
/// <param name="WarningFraction">The share of a turn after which a warning is raised (null: the library's default).</param>
/// <param name="HostData">Opaque text kept with the session for the host.</param>
[GenerateSerializer]
[Immutable]
[Alias("PeerPractice.SessionStartRequest")]
public sealed record SessionStartRequest(
    [property: Id(0)] string AgendaJson,
    [property: Id(1)] ImmutableArray<ParticipantMessage> Participants,
    [property: Id(2)] bool AutoAdvance = false,
    [property: Id(3)] double? WarningFraction = null,
    [property: Id(4)] string? HostData = null);

/// <summary>A participant as it crosses the cluster (<c>PeerPractice.Sessions.Participant</c>).</summary>
/// <param name="Id">The participant's id.</param>
/// <param name="Name">The name shown.</param>
/// <param name="Role">The role, when the agenda has roles.</param>
[GenerateSerializer]
[Immutable]
[Alias("PeerPractice.ParticipantMessage")]
public sealed record ParticipantMessage(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string? Role = null);
