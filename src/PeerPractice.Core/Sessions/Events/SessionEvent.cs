using System;
using System.Text.Json.Serialization;

namespace PeerPractice.Sessions;

/// <summary>
/// One change to a session, as an immutable record in its append-only log. Replaying a session's
/// events in order, against the same agenda and participants, rebuilds the same session.
/// </summary>
/// <param name="Sequence">1-based position in the log, without gaps.</param>
/// <param name="At">When it happened, from the session's <see cref="TimeProvider"/>.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$event", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(SessionCreated), "created")]
[JsonDerivedType(typeof(AgreementAcknowledged), "acknowledged")]
[JsonDerivedType(typeof(SessionStarted), "started")]
[JsonDerivedType(typeof(TurnEnded), "turn-ended")]
[JsonDerivedType(typeof(ItemSkipped), "item-skipped")]
[JsonDerivedType(typeof(TimeboxExtended), "extended")]
[JsonDerivedType(typeof(WentBack), "went-back")]
[JsonDerivedType(typeof(SessionPaused), "paused")]
[JsonDerivedType(typeof(SessionResumed), "resumed")]
[JsonDerivedType(typeof(NoteAdded), "note")]
[JsonDerivedType(typeof(ActionItemAdded), "action-item")]
[JsonDerivedType(typeof(TimeboxWarning), "warning")]
[JsonDerivedType(typeof(TimeboxExpired), "expired")]
[JsonDerivedType(typeof(SessionFinished), "finished")]
[JsonDerivedType(typeof(SessionAbandoned), "abandoned")]
public abstract record SessionEvent(long Sequence, DateTimeOffset At);
