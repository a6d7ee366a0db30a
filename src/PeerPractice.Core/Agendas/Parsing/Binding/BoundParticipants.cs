using PeerPractice.Json;

namespace PeerPractice.Agendas;

/// <summary>The participants rule as bound, with the values the cross-field rules point at.</summary>
/// <param name="Rule">The rule, or null when min or max could not be read.</param>
/// <param name="Min">The JSON value of a readable <c>min</c>; null when absent or unreadable.</param>
/// <param name="Max">The JSON value of a readable <c>max</c>; null when absent or unreadable.</param>
/// <param name="RolesKnown">False when some role could not be read, so undeclared-role checks would guess.</param>
internal sealed record BoundParticipants(ParticipantRule? Rule, JsonNode? Min, JsonNode? Max, bool RolesKnown);
