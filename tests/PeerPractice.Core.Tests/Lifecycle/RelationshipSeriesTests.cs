using Microsoft.Extensions.Time.Testing;
using PeerPractice.Agendas;
using PeerPractice.Collections;
using PeerPractice.Sessions;

namespace PeerPractice.Core.Tests.Lifecycle;

/// <summary>
/// A relationship's series read back from the store (only its own closed sessions), its running session, and the
/// next session's plan: who hosts, which roles are given, who opens, what carries over.
/// </summary>
public sealed class RelationshipSeriesTests : IDisposable
{
    private static readonly DateTimeOffset _began = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly AgendaDefinition _coffee = AgendaLibrary.Get(AgendaLibrary.FirstCoffee);
    private readonly FakeTimeProvider _clock = new(_began);
    private readonly InMemorySessionStore _store = new();

    private static readonly Relationship _trio = new(
        "r",
        ValueArray.Create(new RelationshipMember("a", "Ann", "A"), new RelationshipMember("b", "Bo", "B"), new RelationshipMember("c", "Cy", "C")),
        AgendaLibrary.FirstCoffee,
        Cadence.Monthly,
        _began);

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task The_series_holds_only_the_relationships_own_closed_sessions_and_the_running_one_is_the_latest_open()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.Null(await RelationshipSeries.OpenSessionAsync(_store, "r", ct));

        await Store("r-1", "r", minutes: 30, close: true);
        await Store("other-1", "other", minutes: 45, close: true);
        await Store("other-2", "other", minutes: 10, close: false);
        await Store("r-2", "r", minutes: 60, close: true);
        Assert.Null(await RelationshipSeries.OpenSessionAsync(_store, "r", ct));
        await Store("r-3", "r", minutes: 20, close: false);
        await Store("r-4", "r", minutes: 20, close: false);

        var series = await RelationshipSeries.LoadAsync(_store, _trio, _clock, ct);

        Assert.Equal([TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(60)], series.Sessions.Select(s => s.Duration));
        Assert.All(series.Sessions, s => Assert.Equal(AgendaPhase.Abandoned, s.Phase));
        Assert.Equal("r-4", await RelationshipSeries.OpenSessionAsync(_store, "r", ct));
        Assert.Equal("other-2", await RelationshipSeries.OpenSessionAsync(_store, "other", ct));
    }

    [Fact]
    public void In_person_meetings_rotate_the_host_through_every_organization_in_member_order_without_giving_roles()
    {
        var inPerson = _trio with { InPerson = true };
        var hosts = new List<string?>();
        for (var held = 0; held < 4; held++)
        {
            var plan = RelationshipSeries.PlanNext(inPerson, Held(held), _coffee);
            hosts.Add(plan.HostOrganization);
            Assert.All(plan.Participants, p => Assert.Null(p.Role));
            Assert.Equal(held + 1, plan.Number);
        }

        Assert.Equal(["A", "B", "C", "A"], hosts);
        Assert.Null(RelationshipSeries.PlanNext(_trio, Held(0), _coffee).HostOrganization);
    }

    [Fact]
    public void An_agenda_with_roles_but_no_host_role_has_no_host()
    {
        var facilitated = _coffee with { Participants = _coffee.Participants with { Roles = ValueArray.Create(new ParticipantRole("facilitator", "Keeps time.")) } };

        var plan = RelationshipSeries.PlanNext(_trio, Held(0), facilitated);

        Assert.Null(plan.HostOrganization);
        Assert.All(plan.Participants, p => Assert.Null(p.Role));
    }

    [Fact]
    public void An_agenda_with_a_host_but_no_visitor_role_gives_the_host_role_only()
    {
        var hosted = _coffee with { Participants = _coffee.Participants with { Roles = ValueArray.Create(new ParticipantRole("host", "Receives.")) } };

        var plan = RelationshipSeries.PlanNext(_trio, Held(1), hosted);

        Assert.Equal("B", plan.HostOrganization);
        Assert.Equal([("a", null), ("b", "host"), ("c", null)], plan.Participants.Select(p => (p.Id, p.Role)));
    }

    [Fact]
    public void The_quieter_member_opens_under_quieter_first_and_the_relationships_own_rule_overrides_the_agendas()
    {
        var brainstorm = AgendaLibrary.Get(AgendaLibrary.PeerBrainstorm);
        var pair = _trio with { Members = ValueArray.Create(_trio.Members[0], _trio.Members[1]), AgendaId = brainstorm.Id };
        var item = new ActionItem("a", "Send the plan", null, "i1");
        var record = new SessionRecord(brainstorm, pair.Participants, _began, _began.AddHours(1))
        {
            SpeakingTimes = ValueArray.Create(new SpeakingTime("a", TimeSpan.FromMinutes(40), 0.8), new SpeakingTime("b", TimeSpan.FromMinutes(10), 0.2)),
            ActionItems = ValueArray.Create(item),
        };
        var series = new SessionSeries([record]);

        var quieterFirst = RelationshipSeries.PlanNext(pair, series, brainstorm);
        var given = RelationshipSeries.PlanNext(pair with { Opener = OpenerRule.Given }, series, brainstorm);

        Assert.Equal((OpenerRule.QuieterFirst, "b"), (quieterFirst.Opener, quieterFirst.Options.FirstOpenerId));
        Assert.Equal((OpenerRule.Given, (string?)null), (given.Opener, given.Options.FirstOpenerId));
        Assert.Equal([item], quieterFirst.CarryOver.OpenActionItems);
    }

    private SessionSeries Held(int count) =>
        new(Enumerable.Range(0, count).Select(i => new SessionRecord(_coffee, _trio.Participants, _began.AddMonths(i), _began.AddMonths(i).AddHours(1))).ToArray());

    private async Task Store(string id, string relationshipId, int minutes, bool close)
    {
        var pair = _trio.Participants.Take(2).ToArray();
        using var session = AgendaSession.Create(_coffee, pair, _clock, new SessionOptions { EnableTimers = false });
        _clock.Advance(TimeSpan.FromMinutes(minutes));
        if (close)
        {
            session.Abandon();
        }

        await _store.CreateAsync(new StoredSession(id, _coffee.Id, AgendaLibrary.GetSource(_coffee.Id), pair, session.CreatedAt) { RelationshipId = relationshipId }, session.Events, TestContext.Current.CancellationToken);
        _clock.Advance(TimeSpan.FromDays(1));
    }
}
