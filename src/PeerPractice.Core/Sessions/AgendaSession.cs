using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using PeerPractice.Agendas;
using PeerPractice.Collections;

namespace PeerPractice.Sessions;

/// <summary>
/// A live session running an agenda with its participants: the agenda machine (where in the agenda),
/// the turn-taking machine (who holds the floor), time kept per speaker and per item, notes and
/// action items. Single-threaded: call it from one thread or actor at a time. Its whole state is its
/// event log (see <see cref="Events"/>), which <see cref="Replay"/> and <see cref="Restore"/> rebuild from.
/// </summary>
public sealed partial class AgendaSession : IDisposable
{
    // Who takes part and how each item runs for them: fixed at creation. The state that changes is
    // declared in the file that changes it: Transitions (position, turn, records), Time (the
    // TimeKeeper and timer), Events (the log).
    private readonly Participant[] _participants;
    private readonly ItemPlan[] _plans;
    private readonly int _opener;

    private AgendaSession(AgendaDefinition agenda, Participant[] participants, int opener, TimeProvider time, SessionOptions options, DateTimeOffset createdAt)
    {
        Agenda = agenda;
        Options = options;
        _time = time;
        _participants = participants;
        _opener = opener;
        _plans = ItemPlanner.Build(agenda, _participants, _opener);
        _acknowledged = new bool[_participants.Length * agenda.Agreements.Count];
        _missingAcknowledgements = _acknowledged.Length;
        _outcomes = new ItemOutcome[agenda.Items.Count];
        _clock = new TimeKeeper(_participants.Length, agenda.Items.Count, createdAt, options.WarningFraction);
        _timerCallback = OnTimer;
        _poll = Poll;
        CreatedAt = createdAt;
        Append(EventKind.Created, createdAt);
    }

    /// <summary>Creates a session, not yet started, at the current time of <paramref name="time"/>.</summary>
    /// <param name="agenda">The agenda to run.</param>
    /// <param name="participants">Who takes part, in their base speaking order: ids unique, count within the agenda's rule, roles declared by the agenda.</param>
    /// <param name="time">The only source of time for the session.</param>
    /// <param name="options">How it runs; <see cref="SessionOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">The participants do not fit the agenda (the message is the reason <see cref="TryCreate"/> gives).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static AgendaSession Create(AgendaDefinition agenda, IReadOnlyList<Participant> participants, TimeProvider time, SessionOptions? options = null)
    {
        if (TryCreateCore(agenda, participants, time, options, out var session, out var reason, out var parameter))
        {
            return session;
        }

        throw parameter == nameof(options)
            ? new ArgumentOutOfRangeException(parameter, reason)
            : new ArgumentException(reason, parameter);
    }

    /// <summary>
    /// Creates a session unless the participants or options do not fit the agenda, in which case it
    /// says why, in a sentence fit to show (for example "Dana Reyes has the role 'hots', which
    /// site-visit-day does not declare. Its roles: host, visitor."). Nothing is created on refusal.
    /// </summary>
    /// <param name="agenda">The agenda to run.</param>
    /// <param name="participants">Who takes part, in their base speaking order.</param>
    /// <param name="time">The only source of time for the session.</param>
    /// <param name="options">How it runs; <see cref="SessionOptions.Default"/> when null.</param>
    /// <param name="session">The new session, when created.</param>
    /// <param name="reason">Why it was refused; null when created.</param>
    public static bool TryCreate(AgendaDefinition agenda, IReadOnlyList<Participant> participants, TimeProvider time, SessionOptions? options, [NotNullWhen(true)] out AgendaSession? session, [NotNullWhen(false)] out string? reason) =>
        TryCreateCore(agenda, participants, time, options, out session, out reason, out _);

    private static bool TryCreateCore(AgendaDefinition agenda, IReadOnlyList<Participant> participants, TimeProvider time, SessionOptions? options, [NotNullWhen(true)] out AgendaSession? session, [NotNullWhen(false)] out string? reason, out string parameter)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(time);
        options ??= SessionOptions.Default;
        reason = SessionSetup.Check(agenda, participants, options, out var copy, out var opener, out parameter);
        session = reason is null ? new AgendaSession(agenda, copy, opener, time, options, time.GetUtcNow()) : null;
        return session is not null;
    }

    /// <summary>The agenda this session runs.</summary>
    public AgendaDefinition Agenda { get; }

    /// <summary>How this session runs.</summary>
    public SessionOptions Options { get; }

    /// <summary>The participants, in their base speaking order.</summary>
    public ValueArray<Participant> Participants => ValueArray<Participant>.UnsafeWrap(_participants);

    /// <summary>When the session was created.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>Where the session is in its agenda.</summary>
    public AgendaPhase Phase => _position.Phase;

    /// <summary>True while paused (over <see cref="Phase"/>, which is kept).</summary>
    public bool IsPaused => _position.Paused;

    /// <summary>True once finished or abandoned.</summary>
    public bool IsClosed => _position.IsTerminal;

    /// <summary>Index into <see cref="AgendaDefinition.Items"/> (agenda order) of the current item; -1 when not in an item.</summary>
    public int CurrentItemIndex => _position.Phase == AgendaPhase.InItem ? _position.ItemIndex : -1;

    /// <summary>The current item, or null when not in an item.</summary>
    public AgendaItem? CurrentItem => CurrentItemIndex < 0 ? null : Agenda.Items[CurrentItemIndex];

    /// <summary>The phase of the turn-taking machine in the current item.</summary>
    public TurnPhase TurnPhase => _turn.Phase;

    /// <summary>Which turn of the current item (0-based: the n-th speaker); -1 when not in an item.</summary>
    public int TurnIndex => _turn.Phase == TurnPhase.None ? -1 : _turn.Index;

    /// <summary>The one participant speaking alone, or null (no item, a shared floor, or the listeners responding).</summary>
    public Participant? CurrentSpeaker
    {
        get
        {
            if (_turn.Phase != TurnPhase.Speaking)
            {
                return null;
            }

            var floor = _plans[_position.ItemIndex].Floor(_turn);
            return ulong.IsPow2(floor) ? _participants[ulong.TrailingZeroCount(floor)] : null;
        }
    }

    /// <summary>Who holds the floor now: the speaker, the responding listeners, or everyone on an open floor.</summary>
    public ValueArray<Participant> FloorHolders => Select(CurrentFloor);

    /// <summary>Who listens now.</summary>
    public ValueArray<Participant> Listeners => Select(_turn.Phase == TurnPhase.None ? 0UL : _plans[_position.ItemIndex].Listeners(_turn));

    /// <summary>True when <paramref name="participantId"/> holds the floor now.</summary>
    /// <param name="participantId">A participant id.</param>
    public bool HoldsFloor(string participantId)
    {
        var index = IndexOfParticipant(participantId);
        return index >= 0 && (CurrentFloor & (1UL << index)) != 0;
    }

    /// <summary>True when <paramref name="participantId"/> has acknowledged <paramref name="agreementId"/>.</summary>
    /// <param name="participantId">A participant id.</param>
    /// <param name="agreementId">An agreement id of the agenda.</param>
    public bool HasAcknowledged(string participantId, string agreementId)
    {
        var p = IndexOfParticipant(participantId);
        var a = IndexOfAgreement(agreementId);
        return p >= 0 && a >= 0 && _acknowledged[(p * Agenda.Agreements.Count) + a];
    }

    /// <summary>Every note, private and shareable, in the order taken.</summary>
    public IReadOnlyList<SessionNote> Notes => _notes;

    /// <summary>The action items, in the order agreed.</summary>
    public IReadOnlyList<ActionItem> ActionItems => _actionItems;

    /// <summary>What the previous session of a series left open (from <see cref="SessionOptions.CarriedOver"/>).</summary>
    public SessionCarryOver CarriedOver => Options.CarriedOver ?? SessionCarryOver.None;

    /// <summary>How many events the log holds; also the sequence number of the last one.</summary>
    public long Version => _log.Count;

    private ulong CurrentFloor => _turn.Phase == TurnPhase.None ? 0UL : _plans[_position.ItemIndex].Floor(_turn);

    /// <summary>Stops the session's timer, if any. The session stays readable.</summary>
    public void Dispose()
    {
        _timer?.Dispose();
        _timer = null;
    }

    private ValueArray<Participant> Select(ulong mask)
    {
        var selected = new Participant[(int)ulong.PopCount(mask)];
        var next = 0;
        for (var i = 0; i < _participants.Length; i++)
        {
            if ((mask & (1UL << i)) != 0)
            {
                selected[next++] = _participants[i];
            }
        }

        return ValueArray<Participant>.UnsafeWrap(selected);
    }

    private int IndexOfParticipant(string? id)
    {
        for (var i = 0; i < _participants.Length; i++)
        {
            if (string.Equals(_participants[i].Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private int IndexOfAgreement(string? id)
    {
        var agreements = Agenda.Agreements;
        for (var i = 0; i < agreements.Count; i++)
        {
            if (string.Equals(agreements[i].Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
