namespace PeerPractice.Sessions;

/// <summary>A person taking part in a session.</summary>
/// <param name="Id">Stable id, unique within the session (for example a member id).</param>
/// <param name="Name">Shown to people.</param>
/// <param name="Role">The agenda role this person holds (for example <c>host</c>), or null.</param>
public sealed record Participant(string Id, string Name, string? Role = null);
