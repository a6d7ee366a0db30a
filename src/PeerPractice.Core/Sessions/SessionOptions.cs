using System;

namespace PeerPractice.Sessions;

/// <summary>How a session runs. All members except <see cref="TimerDispatch"/> and <see cref="EnableTimers"/> are kept in snapshots.</summary>
public sealed record SessionOptions
{
    /// <summary>The defaults: warn at 20% of a timebox left, no auto-advance, timers on.</summary>
    public static SessionOptions Default { get; } = new();

    /// <summary>
    /// The part of a turn's timebox left when a <see cref="TimeboxWarning"/> is raised, between 0 and 1
    /// (0 turns warnings off). Default 0.2: one minute before the end of a five-minute turn.
    /// </summary>
    public double WarningFraction { get; init; } = 0.2;

    /// <summary>When true, an expired turn ends by itself (a <see cref="TurnEnded"/> with <c>Automatic</c> set).</summary>
    public bool AutoAdvance { get; init; }

    /// <summary>
    /// The participant who opens the first rotating item; null for the first participant given. A
    /// <see cref="SessionSeries"/> sets it to the quieter person when its fairness rule is on.
    /// </summary>
    public string? FirstOpenerId { get; init; }

    /// <summary>What the previous session of a series left open, shown at this session's check-in.</summary>
    public SessionCarryOver? CarriedOver { get; init; }

    /// <summary>
    /// When true (the default) the session arms a <see cref="TimeProvider"/> timer for the next warning or
    /// expiry. Hosts that drive time themselves (an actor's own timer, a UI loop) turn it off and call
    /// <see cref="AgendaSession.Poll"/>.
    /// </summary>
    public bool EnableTimers { get; init; } = true;

    /// <summary>
    /// Where timer callbacks run. A session is single-threaded: with the system clock its timer fires on
    /// the thread pool, so pass a dispatcher that queues the callback onto the session's own thread or
    /// actor. Null runs it inline, which is right for <c>FakeTimeProvider</c> and single-threaded hosts.
    /// </summary>
    public Action<Action>? TimerDispatch { get; init; }
}
