using Microsoft.Extensions.Time.Testing;
using PeerPractice.Sessions;
using static PeerPractice.Core.Tests.Sessions.TestAgendas;

namespace PeerPractice.Core.Tests.Sessions;

/// <summary>
/// Rebuilding a session from its log (<see cref="AgendaSession.Replay"/>) and following another copy's
/// log (<see cref="AgendaSession.CatchUp"/>): every kind of event re-applies to the same state, an event
/// that names another item is refused with the event's number and both items, and a rebuilt session's
/// timers and subscribers work as a live one's do, without raising the replayed events again.
/// </summary>
public sealed class SessionReplayTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Going_back_from_the_closing_is_logged_without_an_item_and_replays_to_the_same_session()
    {
        using var live = Started();
        for (var i = 0; i < PeerBrainstorm.Items.Count; i++)
        {
            live.SkipItem();
        }

        Assert.Null(live.CurrentItem);
        live.GoBack();

        var back = Assert.IsType<WentBack>(live.Events[^1]);
        Assert.Null(back.FromItemId);
        Assert.Equal("open-ideas", live.CurrentItem!.Id);
        using var replayed = AgendaSession.Replay(PeerBrainstorm, Pair, _clock, live.Events, live.Options);
        Assert.Equal(live.StateFingerprint(), replayed.StateFingerprint());
        Assert.Equal(live.Events, replayed.Events);
    }

    [Fact]
    public void A_replayed_warning_and_expiry_are_not_raised_again()
    {
        using var live = Started();
        _clock.Advance(TimeSpan.FromMinutes(4));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(["TimeboxWarning", "TimeboxExpired"], live.Events.TakeLast(2).Select(e => e.GetType().Name));
        live.Dispose();

        using var replayed = AgendaSession.Replay(PeerBrainstorm, Pair, _clock, live.Events, live.Options);
        _clock.Advance(TimeSpan.FromMinutes(30));

        Assert.Equal(live.Events, replayed.Events);
        Assert.Equal(live.StateFingerprint(), replayed.StateFingerprint());
    }

    [Fact]
    public void A_replayed_session_arms_its_timer_and_raises_what_it_appends_next()
    {
        using var live = Started();
        _clock.Advance(TimeSpan.FromMinutes(1));
        live.Dispose();

        using var replayed = AgendaSession.Replay(PeerBrainstorm, Pair, _clock, live.Events, live.Options);
        var raised = new List<SessionEvent>();
        replayed.EventAppended += (_, e) => raised.Add(e.Event);
        _clock.Advance(TimeSpan.FromMinutes(3));

        // The warning of the item it was rebuilt in, four minutes into five, from its own timer.
        var warning = Assert.IsType<TimeboxWarning>(Assert.Single(raised));
        Assert.Equal(("biggest-problem", TimeSpan.FromMinutes(1)), (warning.ItemId, warning.Left));
        replayed.AddNote("alex", "After the rebuild", NoteVisibility.Shareable);
        Assert.Equal(2, raised.Count);
        Assert.IsType<NoteAdded>(raised[1]);
    }

    [Fact]
    public void Catching_up_raises_nothing_to_subscribers_arms_the_timer_and_raises_what_the_follower_appends_next()
    {
        using var live = Started();
        using var follower = AgendaSession.Replay(PeerBrainstorm, Pair, _clock, [.. live.Events.Take(3)], live.Options);
        var raised = new List<SessionEvent>();
        follower.EventAppended += (_, e) => raised.Add(e.Event);

        Assert.Equal(1, follower.CatchUp(live.Events));
        Assert.Empty(raised);
        Assert.Equal(0, follower.CatchUp(live.Events));
        live.Dispose();
        _clock.Advance(TimeSpan.FromMinutes(4));

        // Its own timer, armed by the caught-up start, raised the warning.
        Assert.IsType<TimeboxWarning>(Assert.Single(raised));
        follower.AddNote("sam", "Caught up", NoteVisibility.Shareable);
        Assert.IsType<NoteAdded>(raised[^1]);
    }

    public static TheoryData<string> ItemEvents => ["TurnEnded", "ItemSkipped", "TimeboxExtended", "TimeboxWarning", "TimeboxExpired", "WentBack"];

    [Theory]
    [MemberData(nameof(ItemEvents))]
    public void An_event_that_names_another_item_is_refused_with_its_number_and_both_items(string kind)
    {
        using var live = Started();
        var at = _clock.GetUtcNow();
        var next = live.Version + 1;
        SessionEvent foreign = kind switch
        {
            "TurnEnded" => new TurnEnded(next, at, "why-it-matters", false),
            "ItemSkipped" => new ItemSkipped(next, at, "why-it-matters"),
            "TimeboxExtended" => new TimeboxExtended(next, at, "why-it-matters", TimeSpan.FromMinutes(1)),
            "TimeboxWarning" => new TimeboxWarning(next, at, "why-it-matters", TimeSpan.FromMinutes(1)),
            "TimeboxExpired" => new TimeboxExpired(next, at, "why-it-matters"),
            _ => new WentBack(next, at, "why-it-matters"),
        };

        var error = Assert.Throws<SessionRestoreException>(() => AgendaSession.Replay(PeerBrainstorm, Pair, _clock, [.. live.Events, foreign], live.Options));

        Assert.Equal($"Event {next} ({kind}) cannot be applied: it names item 'why-it-matters' but the session is in 'biggest-problem'.", error.Message);
    }

    [Fact]
    public void An_item_event_before_the_first_item_says_the_session_is_not_in_an_item()
    {
        using var live = AgendaSession.Create(PeerBrainstorm, Pair, _clock);
        live.Acknowledge("alex", "confidentiality");

        var error = Assert.Throws<SessionRestoreException>(() => AgendaSession.Replay(PeerBrainstorm, Pair, _clock, [.. live.Events, new ItemSkipped(3, _clock.GetUtcNow(), "biggest-problem")], live.Options));

        Assert.Equal("Event 3 (ItemSkipped) cannot be applied: it names item 'biggest-problem' but the session is not in an item.", error.Message);
    }

    [Fact]
    public void A_timer_event_while_paused_is_refused()
    {
        using var live = Started();
        live.Pause();
        var warning = new TimeboxWarning(live.Version + 1, _clock.GetUtcNow(), "biggest-problem", TimeSpan.FromMinutes(1));

        var error = Assert.Throws<SessionRestoreException>(() => AgendaSession.Replay(PeerBrainstorm, Pair, _clock, [.. live.Events, warning], live.Options));

        Assert.Equal($"Event {warning.Sequence} (TimeboxWarning) cannot be applied: cannot raise a timer event: the session is paused; resume it first.", error.Message);
    }

    [Fact]
    public void The_event_list_refuses_an_index_outside_it()
    {
        using var live = Started();
        var events = live.Events;

        Assert.Equal(4, events.Count);
        Assert.IsType<SessionStarted>(events[3]);
        Assert.Throws<ArgumentOutOfRangeException>(() => events[4]);
        Assert.Throws<ArgumentOutOfRangeException>(() => events[-1]);
    }

    private AgendaSession Started() => TestAgendas.StartedBrainstorm(_clock);
}
