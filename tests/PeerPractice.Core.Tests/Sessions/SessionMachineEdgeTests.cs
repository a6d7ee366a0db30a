using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using PeerPractice.Agendas;
using PeerPractice.Collections;
using PeerPractice.Sessions;
using static PeerPractice.Core.Tests.Sessions.TestAgendas;

namespace PeerPractice.Core.Tests.Sessions;

/// <summary>
/// The session machines at their edges, seen through <see cref="AgendaSession"/>: refusals while paused,
/// the snapshot's item index outside items, floors of one, of everyone and of 64 participants.
/// </summary>
public sealed class SessionMachineEdgeTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    /// <summary>One participant at least, up to the 64 a session supports: an each-item with a response, then an open item.</summary>
    private static readonly AgendaDefinition Solo = new(
        "solo-reflection",
        "Solo reflection",
        "",
        AgendaFormat.Group,
        new ParticipantRule(1, 64, ValueArray<ParticipantRole>.Empty),
        TimeSpan.FromHours(1),
        null,
        ValueArray<Agreement>.Empty,
        RotationPolicy.Fixed,
        [
            new AgendaSection("reflect", "Reflect",
            [
                new AgendaItem("say-it", "Say it out loud", TurnPolicy.Each, TimeSpan.FromMinutes(2), new ResponsePhase(ResponseKind.Questions, TimeSpan.FromMinutes(1)), ""),
                new AgendaItem("open-floor", "Anything else", TurnPolicy.Open, TimeSpan.FromMinutes(5), null, ""),
            ]),
        ],
        new ClosingRule(false, false));

    private static Participant[] Numbered(int count, string? role = null) =>
        Enumerable.Range(0, count).Select(i => new Participant("p" + i, "Person " + i, role)).ToArray();

    private static int SnapshotItemIndex(AgendaSession session)
    {
        using var snapshot = JsonDocument.Parse(session.ToSnapshotJson());
        return snapshot.RootElement.GetProperty("state").GetProperty("itemIndex").GetInt32();
    }

    private AgendaSession StartedBrainstorm() => TestAgendas.StartedBrainstorm(_clock);

    [Fact]
    public void While_paused_acknowledge_start_finish_and_go_back_are_refused_as_paused_and_pause_as_already_paused()
    {
        using var pending = AgendaSession.Create(PeerBrainstorm, Pair, _clock);
        pending.Acknowledge("alex", "confidentiality");
        pending.Pause();
        Assert.Equal("cannot acknowledge: the session is paused; resume it first", pending.TryAcknowledge("sam", "confidentiality").Reason);
        Assert.Equal("cannot start: the session is paused; resume it first", pending.TryStart().Reason);
        Assert.Equal("cannot pause: the session is already paused", pending.TryPause().Reason);

        using var running = StartedBrainstorm();
        running.Next();
        running.Pause();
        Assert.Equal("cannot finish: the session is paused; resume it first", running.TryFinish().Reason);
        Assert.Equal("cannot go back: the session is paused; resume it first", running.TryGoBack().Reason);
        Assert.Equal("cannot pause: the session is already paused", running.TryPause().Reason);
        Assert.Equal((AgendaPhase.InItem, true, "biggest-problem"), (running.Phase, running.IsPaused, running.CurrentItem?.Id));
        running.Resume();
        Assert.False(running.IsPaused);
    }

    [Fact]
    public void A_snapshot_outside_an_item_records_no_current_item_before_start_in_wrap_up_and_after_finish()
    {
        using var session = AgendaSession.Create(Solo, Numbered(1), _clock);
        Assert.Equal(-1, SnapshotItemIndex(session));
        session.Start();
        Assert.Equal(0, SnapshotItemIndex(session));
        session.SkipItem();
        Assert.Equal(1, SnapshotItemIndex(session));
        session.SkipItem();
        Assert.Equal(AgendaPhase.WrapUp, session.Phase);
        Assert.Equal(-1, SnapshotItemIndex(session));
        session.Finish();
        Assert.Equal(AgendaPhase.Finished, session.Phase);
        Assert.Equal(-1, SnapshotItemIndex(session));
    }

    [Fact]
    public void A_snapshot_of_a_session_abandoned_in_an_item_records_no_current_item()
    {
        using var session = AgendaSession.Create(Solo, Numbered(2), _clock);
        session.Start();
        session.SkipItem();
        Assert.Equal(1, SnapshotItemIndex(session));
        session.Abandon();
        Assert.Equal((AgendaPhase.Abandoned, -1), (session.Phase, SnapshotItemIndex(session)));
    }

    [Fact]
    public void A_lone_participant_speaks_alone_even_on_an_open_item_and_nobody_is_left_to_respond()
    {
        var me = Numbered(1);
        using var session = AgendaSession.Create(Solo, me, _clock);
        session.Start();
        Assert.Equal((TurnPhase.Speaking, me[0]), (session.TurnPhase, session.CurrentSpeaker));
        Assert.Empty(session.Listeners);

        // The item has a response phase, but with nobody listening it ends after the one speaking turn.
        session.Next();
        Assert.Equal("open-floor", session.CurrentItem?.Id);
        Assert.Equal((TurnPhase.Speaking, me[0]), (session.TurnPhase, session.CurrentSpeaker));
        Assert.Equal([me[0]], session.FloorHolders);
        session.Next();
        Assert.Equal(AgendaPhase.WrapUp, session.Phase);
    }

    [Fact]
    public void An_open_item_with_64_participants_gives_the_floor_to_all_64()
    {
        var people = Numbered(64);
        using var session = AgendaSession.Create(Solo, people, _clock);
        session.Start();
        session.SkipItem();
        Assert.Equal(TurnPhase.OpenFloor, session.TurnPhase);
        Assert.Equal(people, session.FloorHolders);
        Assert.True(session.HoldsFloor("p63"));
        Assert.Empty(session.Listeners);
    }

    [Fact]
    public void A_role_held_by_one_person_is_a_speaking_turn_answered_by_the_others()
    {
        var people = People(SiteVisit, 3);
        using var session = AgendaSession.Create(SiteVisit, people, _clock);
        session.Start();
        session.SkipItem();
        Assert.Equal("tour", session.CurrentItem?.Id);
        Assert.Equal((TurnPhase.Speaking, people[0]), (session.TurnPhase, session.CurrentSpeaker));
        Assert.Equal([people[1], people[2]], session.Listeners);
        session.Next();
        Assert.Equal(TurnPhase.Responding, session.TurnPhase);
        Assert.Equal([people[1], people[2]], session.FloorHolders);
        Assert.Equal([people[0]], session.Listeners);
    }

    [Fact]
    public void A_role_held_by_two_people_is_an_open_floor_they_share()
    {
        Participant[] people = [new("h1", "Host One", "host"), new("h2", "Host Two", "host"), new("v", "Visitor", "visitor")];
        using var session = AgendaSession.Create(SiteVisit, people, _clock);
        session.Start();
        session.SkipItem();
        Assert.Equal(TurnPhase.OpenFloor, session.TurnPhase);
        Assert.Null(session.CurrentSpeaker);
        Assert.Equal([people[0], people[1]], session.FloorHolders);
        Assert.Equal([people[2]], session.Listeners);
    }

    [Fact]
    public void When_everyone_holds_the_role_the_response_is_skipped_and_the_item_completes()
    {
        Participant[] hosts = [new("h1", "Host One", "host"), new("h2", "Host Two", "host")];
        using var session = AgendaSession.Create(SiteVisit, hosts, _clock);
        session.Start();
        session.SkipItem();
        Assert.Equal(("tour", TurnPhase.OpenFloor), (session.CurrentItem?.Id, session.TurnPhase));
        session.Next();
        Assert.Equal((AgendaPhase.WrapUp, TurnPhase.None), (session.Phase, session.TurnPhase));
        Assert.Equal(ItemOutcome.Completed, session.ItemTimes[1].Outcome);
    }
}
