using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using PeerPractice.Sessions;
using static PeerPractice.Core.Tests.Sessions.TestAgendas;

namespace PeerPractice.Core.Tests.Sessions;

public sealed class SessionSnapshotTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    private AgendaSession RunningSession()
    {
        var session = AgendaSession.Create(PeerBrainstorm, Pair, _clock, new SessionOptions { AutoAdvance = true });
        session.Acknowledge("alex", "confidentiality");
        session.Acknowledge("sam", "confidentiality");
        session.Start();
        _clock.Advance(TimeSpan.FromMinutes(4));
        session.AddNote("sam", "Shared idea", NoteVisibility.Shareable);
        session.AddActionItem("alex", "Call the vendor", new DateOnly(2026, 4, 1));
        _clock.Advance(TimeSpan.FromMinutes(1));
        session.Pause();
        _clock.Advance(TimeSpan.FromMinutes(2));
        session.Resume();
        session.Extend(TimeSpan.FromSeconds(30));
        return session;
    }

    [Fact]
    public void Snapshot_and_restore_give_the_same_session_which_then_runs_on()
    {
        using var live = RunningSession();
        var json = live.ToSnapshotJson();

        using var restored = AgendaSession.Restore(json, PeerBrainstorm, _clock);

        Assert.Equal(live.StateFingerprint(), restored.StateFingerprint());
        Assert.Equal(json, restored.ToSnapshotJson());
        Assert.Equal(live.Options.AutoAdvance, restored.Options.AutoAdvance);
        live.Next();
        restored.Next();
        _clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(live.StateFingerprint(), restored.StateFingerprint());
    }

    [Fact]
    public void Replaying_the_events_rebuilds_the_same_session()
    {
        using var live = RunningSession();

        using var replayed = AgendaSession.Replay(PeerBrainstorm, Pair, _clock, live.Events, live.Options);

        Assert.Equal(live.StateFingerprint(), replayed.StateFingerprint());
        Assert.Equal(live.Events, replayed.Events);
    }

    [Fact]
    public void A_follower_caught_up_event_by_event_equals_the_session_that_wrote_them()
    {
        using var live = RunningSession();
        var events = live.Events;
        Assert.True(events.Count > 6, "the running session needs a few events to split");
        // A follower keeps its timers off: the writer's own warnings and expiries reach it as events.
        using var follower = AgendaSession.Replay(PeerBrainstorm, Pair, _clock, [.. events.Take(3)], live.Options with { EnableTimers = false });

        var first = follower.CatchUp(events.Take(5));
        var rest = follower.CatchUp(events);

        Assert.Equal(2, first);
        Assert.Equal(events.Count - 5, rest);
        Assert.Equal(live.Version, follower.Version);
        Assert.Equal(live.StateFingerprint(), follower.StateFingerprint());
        Assert.Equal(live.Events, follower.Events);
    }

    [Fact]
    public void Catching_up_over_a_gap_keeps_what_came_before_it_and_says_which_event_is_missing()
    {
        using var live = RunningSession();
        var events = live.Events;
        using var follower = AgendaSession.Replay(PeerBrainstorm, Pair, _clock, [.. events.Take(2)], live.Options with { EnableTimers = false });

        var error = Assert.Throws<SessionRestoreException>(() => follower.CatchUp([events[2], events[4]]));

        Assert.Equal("Event 4 is missing: found 5 in its place.", error.Message);
        Assert.Equal(3, follower.Version);
        Assert.Equal(events.Take(3), follower.Events);
    }

    [Fact]
    public void Events_round_trip_through_the_public_json_context()
    {
        using var live = RunningSession();
        var json = System.Text.Json.JsonSerializer.Serialize(live.Events, SessionJsonContext.Default.IReadOnlyListSessionEvent);

        var back = System.Text.Json.JsonSerializer.Deserialize(json, SessionJsonContext.Default.IReadOnlyListSessionEvent)!;

        Assert.Equal(live.Events, back);
        Assert.Contains("\"$event\":\"note\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_snapshot_is_refused()
    {
        using var live = RunningSession();
        var json = live.ToSnapshotJson();

        var error = Assert.Throws<SessionRestoreException>(() => AgendaSession.Restore(json[..(json.Length / 2)], PeerBrainstorm, _clock));

        Assert.StartsWith("The snapshot is not valid JSON (truncated or corrupt)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_future_version_is_refused_before_anything_else_is_read()
    {
        var error = Assert.Throws<SessionRestoreException>(() => AgendaSession.Restore("""{"version":2,"whatever":[1,2,3]}""", PeerBrainstorm, _clock));

        Assert.Equal("The snapshot is version 2, written by a newer PeerPractice; this one reads up to version 1.", error.Message);
    }

    [Theory]
    [InlineData("state", "The snapshot's state does not follow from its events")]
    [InlineData("event-type", "The snapshot is corrupt")]
    [InlineData("sequence", "Event 3 is missing")]
    [InlineData("unknown-field", "The snapshot is corrupt")]
    [InlineData("missing-field", "The snapshot is corrupt")]
    [InlineData("agenda", "The snapshot was taken with agenda 'other'")]
    [InlineData("rules", "The session cannot be rebuilt with these participants and options")]
    [InlineData("participants", "The events were written for agenda 'peer-brainstorm' with 2 participants")]
    public void A_corrupt_snapshot_is_refused_with_a_clear_error(string damage, string expected)
    {
        using var live = RunningSession();
        var node = JsonNode.Parse(live.ToSnapshotJson())!.AsObject();
        switch (damage)
        {
            case "state":
                node["state"]!["pausedTicks"] = 1;
                break;
            case "event-type":
                node["events"]![2]!["$event"] = "teleported";
                break;
            case "sequence":
                node["events"]![2]!["sequence"] = 7;
                break;
            case "unknown-field":
                node["surprise"] = true;
                break;
            case "missing-field":
                node.Remove("participants");
                break;
            case "rules":
                node["rules"]!["warningFraction"] = 7;
                break;
            case "participants":
                node["participants"]!.AsArray().Add(new JsonObject { ["id"] = "kim", ["name"] = "Kim", ["role"] = null });
                break;
            default:
                node["agendaId"] = "other";
                break;
        }

        var error = Assert.Throws<SessionRestoreException>(() => AgendaSession.Restore(node.ToJsonString(), PeerBrainstorm, _clock));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_refuses_an_event_that_the_session_would_have_refused()
    {
        using var live = RunningSession();
        var events = live.Events.ToList();
        events.Insert(1, new SessionStarted(2, events[0].At));
        var renumbered = events.Select((e, i) => e with { Sequence = i + 1 }).ToList();

        var error = Assert.Throws<SessionRestoreException>(() => AgendaSession.Replay(PeerBrainstorm, Pair, _clock, renumbered));

        Assert.Equal("Event 2 (SessionStarted) cannot be applied: cannot start: Alex has not acknowledged confidentiality.", error.Message);
    }
}
