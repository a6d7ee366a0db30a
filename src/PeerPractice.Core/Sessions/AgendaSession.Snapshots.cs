using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using PeerPractice.Agendas;

namespace PeerPractice.Sessions;

// Snapshot and restore: the events plus the state they lead to, as versioned JSON.
public sealed partial class AgendaSession
{
    /// <summary>The snapshot format this library writes and the newest it reads.</summary>
    public const int SnapshotVersion = 1;

    /// <summary>Writes the whole session (events and the state they lead to) as versioned JSON.</summary>
    public string ToSnapshotJson() => JsonSerializer.Serialize(CaptureDocument(), SnapshotJsonContext.Default.SnapshotDocument);

    /// <summary>
    /// Restores a session from <see cref="ToSnapshotJson"/> output. Corrupt, truncated or future-version
    /// snapshots, and snapshots whose state does not follow from their events, are refused whole.
    /// </summary>
    /// <param name="json">The snapshot.</param>
    /// <param name="agenda">The agenda the session runs (must be the one it was taken with).</param>
    /// <param name="time">The clock the restored session continues with.</param>
    /// <param name="runtime">Host settings not kept in snapshots (<see cref="SessionOptions.EnableTimers"/>, <see cref="SessionOptions.TimerDispatch"/>); the rest comes from the snapshot.</param>
    /// <exception cref="SessionRestoreException">The snapshot cannot be restored; the message says why.</exception>
    public static AgendaSession Restore(string json, AgendaDefinition agenda, TimeProvider time, SessionOptions? runtime = null)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        ArgumentNullException.ThrowIfNull(time);
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new SessionRestoreException("The snapshot is empty.");
        }

        var document = Read(json);
        if (!string.Equals(document.AgendaId, agenda.Id, StringComparison.Ordinal) || !document.ItemIds.SequenceEqual(agenda.Items.Select(i => i.Id), StringComparer.Ordinal))
        {
            throw new SessionRestoreException($"The snapshot was taken with agenda '{document.AgendaId}' ({document.ItemIds.Count} items), which is not agenda '{agenda.Id}' ({agenda.Items.Count} items) as given.");
        }

        var options = (runtime ?? SessionOptions.Default) with
        {
            WarningFraction = document.Rules.WarningFraction,
            AutoAdvance = document.Rules.AutoAdvance,
            CarriedOver = document.Rules.CarriedOver,
        };
        var session = Replay(agenda, document.Participants, time, document.Events, options);
        var replayed = JsonSerializer.Serialize(session.CaptureState(), SnapshotJsonContext.Default.SnapshotState);
        var stored = JsonSerializer.Serialize(document.State, SnapshotJsonContext.Default.SnapshotState);
        if (!string.Equals(replayed, stored, StringComparison.Ordinal))
        {
            session.Dispose();
            throw new SessionRestoreException("The snapshot's state does not follow from its events; it was changed or damaged.");
        }

        return session;
    }

    private static SnapshotDocument Read(string json)
    {
        int version;
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new SessionRestoreException($"The snapshot is not valid JSON (truncated or corrupt): {exception.Message}", exception);
        }

        using (parsed)
        {
            if (parsed.RootElement.ValueKind != JsonValueKind.Object
                || !parsed.RootElement.TryGetProperty("version", out var versionElement)
                || !versionElement.TryGetInt32(out version))
            {
                throw new SessionRestoreException("The snapshot has no version number; it is not a session snapshot.");
            }

            if (version > SnapshotVersion)
            {
                throw new SessionRestoreException(string.Format(CultureInfo.InvariantCulture, "The snapshot is version {0}, written by a newer PeerPractice; this one reads up to version {1}.", version, SnapshotVersion));
            }

            if (version < 1)
            {
                throw new SessionRestoreException(string.Format(CultureInfo.InvariantCulture, "The snapshot version {0} is not valid.", version));
            }

            try
            {
                return parsed.RootElement.Deserialize(SnapshotJsonContext.Default.SnapshotDocument)
                    ?? throw new SessionRestoreException("The snapshot is null.");
            }
            catch (JsonException exception)
            {
                throw new SessionRestoreException($"The snapshot is corrupt: {exception.Message}", exception);
            }
            catch (NotSupportedException exception)
            {
                throw new SessionRestoreException($"The snapshot is corrupt: {exception.Message}", exception);
            }
        }
    }

    private SnapshotDocument CaptureDocument() => new(
        SnapshotVersion,
        Agenda.Id,
        Agenda.Items.Select(i => i.Id).ToArray(),
        _participants,
        new SnapshotRules(Options.WarningFraction, Options.AutoAdvance, Options.CarriedOver),
        Events.ToArray(),
        CaptureState());

    private SnapshotState CaptureState()
    {
        var (participants, items, overruns) = _clock.CopyTotals();
        return new(
            _position.Phase,
            _position.Paused,
            _position.ItemIndex,
            _turn.Phase,
            _turn.Index,
            _clock.Warned,
            _clock.Expired,
            _clock.LastAt,
            _clock.OutsideTicks,
            _clock.PausedTicks,
            _clock.TurnElapsedTicks,
            _clock.TurnExtensionTicks,
            participants,
            items,
            overruns,
            (ItemOutcome[])_outcomes.Clone());
    }

    /// <summary>The session's full state as canonical JSON: equal for equal sessions (used by tests to compare live and rebuilt sessions).</summary>
    internal string StateFingerprint() =>
        JsonSerializer.Serialize(CaptureState(), SnapshotJsonContext.Default.SnapshotState)
        + JsonSerializer.Serialize(Events.ToArray(), SnapshotJsonContext.Default.IReadOnlyListSessionEvent);
}
