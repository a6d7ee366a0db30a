using System;

namespace PeerPractice.Breakfasts;

/// <summary>One answer to a breakfast invitation; a later answer from the same member replaces it.</summary>
/// <param name="MemberId">The invitee.</param>
/// <param name="Answer">Their answer.</param>
/// <param name="At">When it was given, from the app's <see cref="TimeProvider"/>.</param>
public sealed record BreakfastRsvp(string MemberId, RsvpAnswer Answer, DateTimeOffset At);
