using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using PeerPractice.Agendas;
using PeerPractice.ConsoleHost.Facilitation.Runners;
using PeerPractice.ConsoleHost.Storage;
using PeerPractice.Sessions;

namespace PeerPractice.ConsoleHost.Facilitation;

/// <summary>
/// The facilitator's side of a session run by this host: it turns what the facilitator typed or
/// pressed (<see cref="FacilitatorAction"/>, with participants named by id, full or first name) into
/// library commands and says what happened. The durable part (claim, log, replay, clock) is the
/// library's <see cref="DurableSession"/>: every accepted command is in the database before its
/// outcome is shown, so killing the host at any moment loses nothing that was on screen. Where the
/// session runs is the <see cref="ISessionRunner"/>'s business: in this process, or in its grain on a
/// cluster (<c>--cluster</c>), with the same commands and output.
/// </summary>
internal sealed class Facilitator : IDisposable
{
    private readonly ISessionRunner _durable;

    private Facilitator(ISessionRunner durable, SessionClock clock)
    {
        _durable = durable;
        Clock = clock;
    }

    public string Id => _durable.Id;

    public AgendaSession Session => _durable.Session;

    public SessionClock Clock { get; }

    public static string NewId(TimeProvider clock) =>
        clock.GetUtcNow().ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture) + "-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(2)).ToLowerInvariant();

    /// <summary>
    /// Creates the engine's session, or says why the participants do not fit the agenda (count, ids,
    /// roles); the library decides, the host only shows it. Nothing touches storage until <see cref="Start"/>.
    /// </summary>
    public static bool TryPrepare(AgendaDefinition agenda, IReadOnlyList<Participant> participants, SessionClock clock, HostSettings settings, [NotNullWhen(true)] out AgendaSession? session, [NotNullWhen(false)] out string? reason) =>
        AgendaSession.TryCreate(agenda, participants, clock, settings.ToOptions(), out session, out reason);

    /// <summary>
    /// Claims the id and stores a prepared session with its first events; it becomes resumable from
    /// here on. Another host starting the same id at the same moment is told it already exists.
    /// </summary>
    public static Facilitator Start(ISessionStore store, string id, AgendaSession session, string agendaJson, SessionClock clock, HostSettings settings, string? relationshipId = null)
    {
        try
        {
            var durable = DurableSession.StartAsync(store, id, session, agendaJson, clock, JsonSerializer.Serialize(settings, HostJsonContext.Default.HostSettings), relationshipId).Wait();
            return new Facilitator(new InProcessRunner(durable), clock);
        }
        catch (StoreException e) when (e.Kind == StoreErrorKind.AlreadyExists)
        {
            throw AlreadyExists(id, e);
        }
    }

    /// <summary>
    /// Claims a stored session (a second host gets a clear refusal) and rebuilds it from its log; its
    /// clock continues from the last recorded event or the last time shown, whichever is later.
    /// </summary>
    public static Facilitator Resume(ISessionStore store, StoredSession row, AgendaDefinition agenda, SessionClock clock) =>
        new(new InProcessRunner(DurableSession.ResumeAsync(store, row, agenda, clock, SettingsOf(row).ToOptions()).Wait()), clock);

    /// <summary>Starts a prepared session in its grain on a cluster (the same session, stored by the grain before each answer).</summary>
    public static Facilitator StartOnCluster(IGrainFactory grains, string id, AgendaSession session, string agendaJson, SessionClock clock, HostSettings settings)
    {
        try
        {
            return new Facilitator(GrainRunner.StartAsync(grains, id, session, agendaJson, clock, settings).GetAwaiter().GetResult(), clock);
        }
        catch (StoreException e) when (e.Kind == StoreErrorKind.AlreadyExists)
        {
            throw AlreadyExists(id, e);
        }
        finally
        {
            // The grain built its own session from the same agenda and participants.
            session.Dispose();
        }
    }

    /// <summary>Continues a stored session through its grain on a cluster.</summary>
    public static Facilitator ResumeOnCluster(IGrainFactory grains, StoredSession row, AgendaDefinition agenda, SessionClock clock) =>
        new(GrainRunner.ResumeAsync(grains, row, agenda, clock, SettingsOf(row)).GetAwaiter().GetResult(), clock);

    // A grain keeps its own settings record beside the host's; both carry the engine's options under the same names.
    private static HostSettings SettingsOf(StoredSession row) =>
        row.HostData is { } hostData ? JsonSerializer.Deserialize(hostData, HostJsonContext.Default.HostSettings) ?? HostSettings.Default : HostSettings.Default;

    /// <summary>Carries out one facilitator action; returns what to tell the facilitator.</summary>
    public string Apply(FacilitatorAction action)
    {
        var message = Execute(action);
        if (action is FacilitatorAction.Wait)
        {
            // The time shown next must survive a quit or a kill, even with no event in between.
            _durable.SaveClockAsync().Wait();
        }

        return message;
    }

    /// <summary>Raises due warnings and expiries (the host drives time; the session arms no timers).</summary>
    public void Tick() => _durable.PollAsync().Wait();

    /// <summary>Quitting keeps the time shown last, then releases the session for the next host.</summary>
    public void Dispose() => _durable.DisposeAsync().Wait();

    private static StoreException AlreadyExists(string id, Exception? inner = null) =>
        new(StoreErrorKind.AlreadyExists, $"A session with the id '{id}' already exists. Resume it with 'session resume {id}' or choose another id.", inner);

    private string Execute(FacilitatorAction action) => action switch
    {
        FacilitatorAction.Run run => Run(run.Command),
        FacilitatorAction.Acknowledge ack => Acknowledge(ack),
        FacilitatorAction.Wait wait => Clock.TryAdvance(wait.By)
            ? $"{Format.Duration(wait.By)} passed"
            : "refused: 'wait' works only with the scripted clock (--clock manual); live sessions follow real time.",
        _ => "",
    };

    /// <summary>Runs a library command through <see cref="AgendaSession.TryExecute"/>, once its participant references are resolved to ids.</summary>
    private string Run(SessionCommand command)
    {
        string? unknown = null;
        command = command switch
        {
            AddNoteCommand note when Resolve(note.AuthorId, ref unknown) is { } author => note with { AuthorId = author },
            AddActionItemCommand item when Resolve(item.OwnerId, ref unknown) is { } owner => item with { OwnerId = owner },
            AcknowledgeCommand ack when Resolve(ack.ParticipantId, ref unknown) is { } who => ack with { ParticipantId = who },
            _ => command,
        };
        if (unknown is not null)
        {
            return unknown;
        }

        var result = _durable.ExecuteAsync(command).Wait();
        return result.Accepted ? Accepted(command) : "refused: " + result.Reason;
    }

    private string? Resolve(string reference, ref string? error)
    {
        if (ResolveParticipant(reference, out var id, out var problem))
        {
            return id;
        }

        error = problem;
        return null;
    }

    private static string Accepted(SessionCommand command) => command switch
    {
        StartCommand => "started",
        NextCommand => "next",
        SkipItemCommand => "item skipped",
        GoBackCommand => "went back one item",
        PauseCommand => "paused",
        ResumeCommand => "resumed",
        ExtendCommand extend => $"extended by {Format.Duration(extend.By)}",
        AddNoteCommand { Visibility: NoteVisibility.Private } => "private note kept",
        AddNoteCommand => "shareable note kept",
        AddActionItemCommand => "action item added",
        FinishCommand => "finished",
        AbandonCommand => "abandoned",
        AcknowledgeCommand => "1 acknowledgement(s) recorded",
        _ => "done",
    };

    private string Acknowledge(FacilitatorAction.Acknowledge ack)
    {
        var who = new List<string>();
        if (ack.Participant is null)
        {
            who.AddRange(Session.Participants.Select(p => p.Id));
        }
        else if (ResolveParticipant(ack.Participant, out var id, out var unknown))
        {
            who.Add(id);
        }
        else
        {
            return unknown;
        }

        var agreements = ack.AgreementId is null ? Session.Agenda.Agreements.Select(a => a.Id).ToList() : [ack.AgreementId];
        var done = 0;
        foreach (var participant in who)
        {
            foreach (var agreement in agreements)
            {
                if (Session.HasAcknowledged(participant, agreement))
                {
                    continue;
                }

                var result = _durable.ExecuteAsync(new AcknowledgeCommand(participant, agreement)).Wait();
                if (!result.Accepted)
                {
                    return "refused: " + result.Reason;
                }

                done++;
            }
        }

        return done == 0 ? "nothing to acknowledge" : $"{done} acknowledgement(s) recorded";
    }

    private bool ResolveParticipant(string reference, out string id, out string error)
    {
        var matches = Session.Participants
            .Where(p => string.Equals(p.Id, reference, StringComparison.OrdinalIgnoreCase)
                || string.Equals(p.Name, reference, StringComparison.OrdinalIgnoreCase)
                || p.Name.Split(' ')[0].Equals(reference, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (matches.Count == 1)
        {
            id = matches[0].Id;
            error = "";
            return true;
        }

        id = "";
        var known = string.Join(", ", Session.Participants.Select(p => p.Id));
        error = matches.Count == 0
            ? $"refused: no participant '{ScriptLimits.Quote(reference)}' in this session (participants: {known})."
            : $"refused: '{ScriptLimits.Quote(reference)}' could be several participants ({string.Join(", ", matches.Select(m => m.Id))}); use the id.";
        return false;
    }
}
