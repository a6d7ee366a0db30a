using Microsoft.Extensions.Time.Testing;
using PeerPractice.Sessions;
using static PeerPractice.Core.Tests.Sessions.TestAgendas;

namespace PeerPractice.Core.Tests.Sessions;

/// <summary>The library checks what a host used to patch: participants and roles at creation, and the size of what a session accepts.</summary>
public sealed class SessionCreationAndLimitsTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void TryCreate_gives_the_reason_without_an_exception_and_creates_nothing()
    {
        Assert.False(AgendaSession.TryCreate(SiteVisit, [new("dana", "Dana Reyes", "hots"), new("lee", "Lee Park", "visitor")], _clock, null, out var session, out var reason));
        Assert.Null(session);
        Assert.Equal("Dana Reyes has the role 'hots', which site-visit does not declare. Its roles: host, visitor.", reason);

        Assert.False(AgendaSession.TryCreate(PeerBrainstorm, [new("alex", "Alex", "host"), Sam], _clock, null, out _, out reason));
        Assert.Equal("Alex has the role 'host', but peer-brainstorm declares no roles.", reason);

        Assert.False(AgendaSession.TryCreate(PeerBrainstorm, People(PeerBrainstorm, 3), _clock, null, out _, out reason));
        Assert.Equal("Agenda 'peer-brainstorm' takes 2 to 2 participants; 3 were given.", reason);

        Assert.True(AgendaSession.TryCreate(PeerBrainstorm, Pair, _clock, null, out session, out reason));
        Assert.Null(reason);
        session.Dispose();
    }

    [Fact]
    public void Create_throws_with_the_same_reason()
    {
        var refused = Assert.Throws<ArgumentException>(() => AgendaSession.Create(SiteVisit, [new("dana", "Dana Reyes", "hots"), new("lee", "Lee Park", "visitor")], _clock));
        Assert.StartsWith("Dana Reyes has the role 'hots', which site-visit does not declare.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_and_action_items_past_their_limits_are_refused_and_change_nothing()
    {
        using var session = AgendaSession.Create(PeerBrainstorm, Pair, _clock);
        var version = session.Version;

        Assert.Equal(
            $"cannot add a note: the text is {SessionLimits.MaxNoteLength + 1} characters long; the limit is {SessionLimits.MaxNoteLength}",
            session.TryAddNote("alex", new string('n', SessionLimits.MaxNoteLength + 1)).Reason);
        Assert.Equal(
            $"cannot add an action item: the text is {SessionLimits.MaxActionItemLength + 1} characters long; the limit is {SessionLimits.MaxActionItemLength}",
            session.TryAddActionItem("alex", new string('a', SessionLimits.MaxActionItemLength + 1)).Reason);
        Assert.True(session.TryAddNote("alex", new string('n', SessionLimits.MaxNoteLength)).Accepted);
        Assert.Equal(version + 1, session.Version);
    }

    [Fact]
    public void An_extension_past_the_turn_limit_is_refused_not_an_overflow()
    {
        using var session = AgendaSession.Create(PeerBrainstorm, Pair, _clock);
        session.Acknowledge("alex", "confidentiality");
        session.Acknowledge("sam", "confidentiality");
        session.Start();

        Assert.False(session.TryExtend(TimeSpan.MaxValue).Accepted);
        Assert.Equal(
            "cannot extend: a turn's timebox may not exceed 1 d, and it is 5 min already",
            session.TryExecute(new ExtendCommand(TimeSpan.FromHours(24))).Reason);
        Assert.Equal(TimeSpan.FromMinutes(5), session.TurnTimebox);
        Assert.True(session.TryExtend(TimeSpan.FromHours(24) - TimeSpan.FromMinutes(5)).Accepted);
        Assert.Equal(SessionLimits.MaxTurnTimebox, session.TurnTimebox);
        _clock.Advance(TimeSpan.FromHours(25));
        Assert.True(session.TryNext().Accepted);
    }
}
