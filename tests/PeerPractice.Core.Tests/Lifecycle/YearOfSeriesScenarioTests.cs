using Microsoft.Extensions.Time.Testing;
using PeerPractice.Agendas;
using PeerPractice.Sessions;

namespace PeerPractice.Core.Tests.Lifecycle;

/// <summary>
/// A year of monthly sessions for 50 relationships on a manual clock, with seeded random skips, early
/// finishes (unfinished items), action items and actions marked done. A model kept beside the store says
/// what must carry over; the library's answer must equal it at every session, and the overdue list must
/// be exactly the relationships the model says are overdue at every month's end.
/// </summary>
public sealed class YearOfSeriesScenarioTests : IDisposable
{
    private static readonly DateTimeOffset _start = new(2026, 1, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(_start);
    private readonly InMemorySessionStore _store = new();

    public void Dispose() => _store.Dispose();

    [Theory]
    [InlineData(20261123)]
    [InlineData(7)]
    public async Task A_year_of_monthly_sessions_loses_no_carried_item_or_open_action_and_lists_overdue_exactly(int seed)
    {
        var ct = TestContext.Current.CancellationToken;
        var random = new Random(seed);
        var agenda = AgendaLibrary.Get(AgendaLibrary.PeerBrainstorm);
        var models = new List<Model>();
        for (var r = 0; r < 50; r++)
        {
            var relationship = new Relationship(
                $"rel-{r:00}",
                [new RelationshipMember($"a{r:00}", $"A {r}", $"Org A{r}"), new RelationshipMember($"b{r:00}", $"B {r}", $"Org B{r}")],
                agenda.Id,
                Cadence.Monthly,
                _start);
            await _store.CreateRelationshipAsync(relationship, ct);
            models.Add(new Model(relationship.Id));
        }

        var sessionsHeld = 0;
        var overdueSeen = 0;
        for (var month = 0; month < 12; month++)
        {
            foreach (var model in models)
            {
                if (random.NextDouble() < 0.25)
                {
                    continue; // skipped this month
                }

                var relationship = (await _store.FindRelationshipAsync(model.Id, ct))!;
                var series = await RelationshipSeries.LoadAsync(_store, relationship, _clock, ct);
                var plan = RelationshipSeries.PlanNext(relationship, series, agenda);
                Assert.True(plan.CanStart, plan.Refusal);
                Assert.Equal(model.Held + 1, plan.Number);
                Assert.Equal(model.Unfinished, plan.CarryOver.UnfinishedItemIds);
                Assert.Equal(Sorted(model.OpenActions), Sorted(plan.CarryOver.OpenActionItems));
                if (model.Held > 0)
                {
                    Assert.Equal(series.QuieterParticipant(["a" + model.Id[4..], "b" + model.Id[4..]]), plan.Options.FirstOpenerId);
                }

                using var session = Run(agenda, plan, random, month, model);
                await _store.CreateAsync(new StoredSession($"{model.Id}-{month:00}", agenda.Id, AgendaLibrary.GetSource(agenda.Id), plan.Participants, session.CreatedAt) { RelationshipId = model.Id }, session.Events, ct);
                sessionsHeld++;
                model.Held++;
                model.LastEnded = session.CreatedAt + session.Elapsed;
                model.FloorTicks += session.SpeakingTimes.Sum(t => t.Time.Ticks);
                model.Unfinished = [.. session.UnfinishedItemIds];

                // Some carried actions get done between sessions.
                var done = model.OpenActions.Where(_ => random.NextDouble() < 0.3).ToList();
                if (done.Count > 0)
                {
                    foreach (var action in done)
                    {
                        model.OpenActions.Remove(action);
                    }

                    await _store.UpdateRelationshipAsync(relationship with { DoneActionItems = [.. relationship.DoneActionItems, .. done] }, ct);
                }
            }

            // The month's end: exactly the relationships without a session within a month are overdue.
            var monthEnd = _start.AddMonths(month + 1).AddDays(3);
            _clock.Advance(monthEnd - _clock.GetUtcNow());
            var overdue = new List<string>();
            foreach (var stored in await _store.ListRelationshipsAsync(null, ct))
            {
                var series = await RelationshipSeries.LoadAsync(_store, stored, _clock, ct);
                var health = RelationshipHealth.Assess(stored, series, monthEnd);
                if (health.Standing == RelationshipStanding.Overdue)
                {
                    overdue.Add(stored.Id);
                }

                var model = models.Single(m => m.Id == stored.Id);
                Assert.Equal(model.FloorTicks, series.SpeakingShares.Sum(s => s.Time.Ticks));
                if (model.FloorTicks > 0)
                {
                    Assert.Equal(1.0, series.SpeakingShares.Sum(s => s.Share), 9);
                }

                Assert.Equal(Sorted(model.OpenActions), Sorted(series.CarryOver.OpenActionItems));
                Assert.Equal(model.LastEnded, health.LastMet);
            }

            var expected = models.Where(m => monthEnd > (m.LastEnded ?? _start).AddMonths(1)).Select(m => m.Id).ToList();
            Assert.Equal(expected, overdue);
            overdueSeen += overdue.Count;
        }

        // The random walk reached every case it is meant to test.
        Assert.InRange(sessionsHeld, 300, 500);
        Assert.True(overdueSeen > 0);
        Assert.Contains(models, m => m.Unfinished.Count > 0);
        Assert.Contains(models, m => m.OpenActions.Count > 1);
    }

    private AgendaSession Run(AgendaDefinition agenda, NextSessionPlan plan, Random random, int month, Model model)
    {
        var session = AgendaSession.Create(agenda, plan.Participants, _clock, plan.Options with { EnableTimers = false });
        foreach (var participant in plan.Participants)
        {
            foreach (var agreement in agenda.Agreements)
            {
                session.Acknowledge(participant.Id, agreement.Id);
            }
        }

        session.Start();
        var stopAt = random.NextDouble() < 0.3 ? random.Next(1, agenda.Items.Count) : int.MaxValue;
        while (session.Phase == AgendaPhase.InItem && session.CurrentItemIndex < stopAt)
        {
            _clock.Advance(TimeSpan.FromSeconds(random.Next(30, 400)));
            session.Next();
        }

        for (var i = random.Next(0, 3); i > 0; i--)
        {
            var owner = plan.Participants[random.Next(plan.Participants.Count)].Id;
            var action = new ActionItem(owner, $"Action {month}-{i} of {model.Id}", random.NextDouble() < 0.5 ? DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime).AddDays(random.Next(7, 60)) : null, null);
            session.AddActionItem(action.Owner, action.Text, action.Due);
            model.OpenActions.Add(session.ActionItems[^1]);
        }

        session.Finish();
        _clock.Advance(TimeSpan.FromMinutes(10));
        return session;
    }

    private static List<string> Sorted(IEnumerable<ActionItem> items) => [.. items.Select(a => $"{a.Owner}|{a.Text}|{a.Due}").Order(StringComparer.Ordinal)];

    private sealed class Model(string id)
    {
        public string Id { get; } = id;

        public int Held { get; set; }

        public DateTimeOffset? LastEnded { get; set; }

        public long FloorTicks { get; set; }

        public List<string> Unfinished { get; set; } = [];

        public List<ActionItem> OpenActions { get; } = [];
    }
}
