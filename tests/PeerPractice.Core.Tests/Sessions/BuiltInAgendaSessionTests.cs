using Microsoft.Extensions.Time.Testing;
using PeerPractice.Agendas;
using PeerPractice.Sessions;

namespace PeerPractice.Core.Tests.Sessions;

/// <summary>Every built-in agenda runs start to finish at its planned pace, and draws as a graph.</summary>
public sealed class BuiltInAgendaSessionTests
{
    public static TheoryData<string> Ids => new(AgendaLibrary.Ids);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Runs_start_to_finish_on_time_when_every_turn_uses_its_timebox(string id)
    {
        var agenda = AgendaLibrary.Get(id);
        var people = TestAgendas.People(agenda, agenda.Participants.Max == 2 ? 2 : Math.Min(agenda.Participants.Max, 4));
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        using var session = AgendaSession.Create(agenda, people, clock, new SessionOptions { EnableTimers = false });
        foreach (var person in people)
        {
            foreach (var agreement in agenda.Agreements)
            {
                session.Acknowledge(person.Id, agreement.Id);
            }
        }

        session.Start();
        var turns = 0;
        while (session.Phase == AgendaPhase.InItem)
        {
            clock.Advance(session.TurnTimebox);
            session.Next();
            turns++;
        }

        session.Finish();

        var items = session.ItemTimes;
        Assert.All(items, i => Assert.Equal((ItemOutcome.Completed, i.Planned, TimeSpan.Zero), (i.Outcome, i.Spent, i.Overrun)));
        Assert.Equal(items.Sum(i => i.Spent.Ticks), session.Elapsed.Ticks);
        Assert.Equal(turns, session.Events.OfType<TurnEnded>().Count());
        Assert.Empty(session.UnfinishedItemIds);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Draws_every_item_in_both_graph_formats(string id)
    {
        var agenda = AgendaLibrary.Get(id);
        var mermaid = SessionGraphs.AgendaFlowMermaid(agenda);
        var dot = SessionGraphs.AgendaFlowDot(agenda);

        foreach (var item in agenda.Items)
        {
            Assert.Contains("[\"" + item.Id + "<br/>", mermaid, StringComparison.Ordinal);
            Assert.Contains("[label=\"" + item.Id + "\\n", dot, StringComparison.Ordinal);
        }

        Assert.Equal(agenda.Sections.Count, dot.Split("subgraph cluster_").Length - 1);
    }
}
