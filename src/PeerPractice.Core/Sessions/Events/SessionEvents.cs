using System;

namespace PeerPractice.Sessions;

// The concrete events: each is a few fields, so they live together here rather than one per file.

/// <summary>The session was created; always the first event.</summary>
/// <param name="Sequence">Position in the log (always 1).</param>
/// <param name="At">When the session was created.</param>
/// <param name="AgendaId">The agenda it runs.</param>
/// <param name="ParticipantCount">How many participants it was created with.</param>
/// <param name="OpenerId">The participant who opens the first rotating item.</param>
public sealed record SessionCreated(long Sequence, DateTimeOffset At, string AgendaId, int ParticipantCount, string OpenerId) : SessionEvent(Sequence, At);

/// <summary>A participant acknowledged an agreement.</summary>
/// <param name="Sequence">Position in the log.</param>
/// <param name="At">When.</param>
/// <param name="ParticipantId">Who acknowledged.</param>
/// <param name="AgreementId">Which agreement.</param>
public sealed record AgreementAcknowledged(long Sequence, DateTimeOffset At, string ParticipantId, string AgreementId) : SessionEvent(Sequence, At);

/// <summary>The first item began.</summary>
/// <param name="Sequence">Position in the log.</param>
/// <param name="At">When.</param>
public sealed record SessionStarted(long Sequence, DateTimeOffset At) : SessionEvent(Sequence, At);

/// <summary>A turn ended (the next speaker, the response, the next item or the wrap-up follows).</summary>
/// <param name="Sequence">Position in the log.</param>
/// <param name="At">When.</param>
/// <param name="ItemId">The item whose turn ended.</param>
/// <param name="Automatic">True when it ended because the timebox expired with auto-advance on.</param>
public sealed record TurnEnded(long Sequence, DateTimeOffset At, string ItemId, bool Automatic) : SessionEvent(Sequence, At);

/// <summary>The rest of an item was skipped.</summary>
/// <param name="Sequence">Position in the log.</param>
/// <param name="At">When.</param>
/// <param name="ItemId">The item skipped.</param>
public sealed record ItemSkipped(long Sequence, DateTimeOffset At, string ItemId) : SessionEvent(Sequence, At);

/// <summary>The current turn's timebox was extended.</summary>
/// <param name="Sequence">Position in the log.</param>
/// <param name="At">When.</param>
/// <param name="ItemId">The item of the turn.</param>
/// <param name="By">How much time was added.</param>
public sealed record TimeboxExtended(long Sequence, DateTimeOffset At, string ItemId, TimeSpan By) : SessionEvent(Sequence, At);

/// <summary>The session went back one item (from an item, or from the wrap-up to the last item).</summary>
/// <param name="Sequence">Position in the log.</param>
/// <param name="At">When.</param>
/// <param name="FromItemId">The item left, or null when going back from the wrap-up.</param>
public sealed record WentBack(long Sequence, DateTimeOffset At, string? FromItemId) : SessionEvent(Sequence, At);

/// <summary>The session was paused; no time counts against turns until it resumes.</summary>
/// <param name="Sequence">Position in the log.</param>
/// <param name="At">When.</param>
public sealed record SessionPaused(long Sequence, DateTimeOffset At) : SessionEvent(Sequence, At);

/// <summary>The session resumed where it was paused.</summary>
/// <param name="Sequence">Position in the log.</param>
/// <param name="At">When.</param>
public sealed record SessionResumed(long Sequence, DateTimeOffset At) : SessionEvent(Sequence, At);

/// <summary>A note was taken.</summary>
/// <param name="Sequence">Position in the log.</param>
/// <param name="At">When.</param>
/// <param name="Note">The note, private unless marked shareable.</param>
public sealed record NoteAdded(long Sequence, DateTimeOffset At, SessionNote Note) : SessionEvent(Sequence, At);

/// <summary>An action item was agreed.</summary>
/// <param name="Sequence">Position in the log.</param>
/// <param name="At">When.</param>
/// <param name="ActionItem">The action item.</param>
public sealed record ActionItemAdded(long Sequence, DateTimeOffset At, ActionItem ActionItem) : SessionEvent(Sequence, At);

/// <summary>The current turn reached its warning point (a configured part of its timebox is left).</summary>
/// <param name="Sequence">Position in the log.</param>
/// <param name="At">When.</param>
/// <param name="ItemId">The item of the turn.</param>
/// <param name="Left">Time left in the turn at that moment.</param>
public sealed record TimeboxWarning(long Sequence, DateTimeOffset At, string ItemId, TimeSpan Left) : SessionEvent(Sequence, At);

/// <summary>The current turn's timebox ran out; overrun counts from here.</summary>
/// <param name="Sequence">Position in the log.</param>
/// <param name="At">When.</param>
/// <param name="ItemId">The item of the turn.</param>
public sealed record TimeboxExpired(long Sequence, DateTimeOffset At, string ItemId) : SessionEvent(Sequence, At);

/// <summary>The session closed normally.</summary>
/// <param name="Sequence">Position in the log.</param>
/// <param name="At">When.</param>
public sealed record SessionFinished(long Sequence, DateTimeOffset At) : SessionEvent(Sequence, At);

/// <summary>The session was abandoned.</summary>
/// <param name="Sequence">Position in the log.</param>
/// <param name="At">When.</param>
public sealed record SessionAbandoned(long Sequence, DateTimeOffset At) : SessionEvent(Sequence, At);
