using System.Globalization;
using PeerPractice.Agendas;
using PeerPractice.Matching;
using PeerPractice.Sessions;

namespace PeerPractice.ConsoleHost.Commands.Demo;

/// <summary>
/// Demo section: a year in the life of one relationship, in memory on a fast clock. An introduction
/// both accept, three monthly sessions (the first cut short, so its unfinished items and its action
/// item carry into the second), then two quiet months until the relationship is flagged overdue.
/// </summary>
internal static class LifecycleDemo
{
    private static readonly DateTimeOffset _start = new(2026, 1, 12, 9, 0, 0, TimeSpan.Zero);

    public static void Run(HostContext context)
    {
        var o = context.Out;
        var clock = new LifecycleClock(_start);
        using var sessions = new InMemorySessionStore();
        var history = new InMemoryPairingHistoryStore();
        MemberProfile[] members =
        [
            new() { Id = "dana", Name = "Dana Reyes", Organization = "Northwind Health", Title = "CIO", Industry = "healthcare", Concerns = ["cybersecurity", "ai-integration"], Strengths = ["service-management"], Languages = ["en"] },
            new() { Id = "marcus", Name = "Marcus Lee", Organization = "Contoso Logistics", Title = "CTO", Industry = "logistics", Concerns = ["cybersecurity", "service-management"], Strengths = ["ai-integration"], Languages = ["en"] },
        ];
        o.WriteLine();
        o.WriteLine("A year in the life of a relationship (in memory, fast clock)");
        var desk = new IntroductionDesk(history, sessions, clock);
        var intro = desk.IntroduceAsync(ProfileIndex.Build(members, MatchingPolicy.Default), "dana", "marcus", IntroductionSource.TopPeers).AsTask().GetAwaiter().GetResult().Value!;
        o.WriteLine($"  {Day(clock)}  introduction {intro.Id}: {intro.ReasonsForA.Count} reason(s) for Dana, e.g. \"{intro.ReasonsForA[0]}\"");
        desk.AnswerAsync(intro.Id, "dana", true, members).AsTask().GetAwaiter().GetResult();
        clock.Advance(TimeSpan.FromDays(2));
        var relationship = desk.AnswerAsync(intro.Id, "marcus", true, members).AsTask().GetAwaiter().GetResult().Value!.Relationship!;
        o.WriteLine($"  {Day(clock)}  both accepted: relationship {relationship.Id}, {relationship.AgendaId} every month");

        var agenda = AgendaLibrary.Get(relationship.AgendaId);
        for (var month = 0; month < 3; month++)
        {
            clock.Advance(TimeSpan.FromDays(28));
            var series = RelationshipSeries.LoadAsync(sessions, relationship, clock).AsTask().GetAwaiter().GetResult();
            var plan = RelationshipSeries.PlanNext(relationship, series, agenda);
            using var session = AgendaSession.Create(agenda, plan.Participants, clock, plan.Options with { EnableTimers = false });
            foreach (var participant in plan.Participants)
            {
                foreach (var agreement in agenda.Agreements)
                {
                    session.Acknowledge(participant.Id, agreement.Id);
                }
            }

            session.Start();
            var stopAt = month == 0 ? 4 : int.MaxValue; // the first session runs out of time after the problem items
            while (session.Phase == AgendaPhase.InItem && session.CurrentItemIndex < stopAt)
            {
                clock.Advance(TimeSpan.FromMinutes(session.CurrentSpeaker?.Id == "dana" ? 4 : 3));
                session.Next();
            }

            if (month == 0)
            {
                session.AddActionItem("marcus", "Send the vendor scorecard", DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(14));
            }

            session.Finish();
            sessions.CreateAsync(new StoredSession($"{relationship.Id}-{month + 1}", agenda.Id, AgendaLibrary.GetSource(agenda.Id), plan.Participants, session.CreatedAt) { RelationshipId = relationship.Id }, session.Events).AsTask().GetAwaiter().GetResult();
            var carried = plan.CarryOver.IsEmpty ? "nothing carried over" : $"carried over {plan.CarryOver.UnfinishedItemIds.Count} unfinished item(s) and {plan.CarryOver.OpenActionItems.Count} open action(s)";
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {Day(clock)}  session {plan.Number}: {plan.Options.FirstOpenerId ?? plan.Participants[0].Id} opens, {carried}; {session.UnfinishedItemIds.Count} item(s) left unfinished"));
            if (month == 1)
            {
                // The scorecard arrived: marked done, it no longer carries over.
                relationship = relationship with { DoneActionItems = [.. series.CarryOver.OpenActionItems] };
                sessions.UpdateRelationshipAsync(relationship).AsTask().GetAwaiter().GetResult();
            }
        }

        var final = RelationshipSeries.LoadAsync(sessions, relationship, clock).AsTask().GetAwaiter().GetResult();
        o.WriteLine("  speaking shares over the series: " + string.Join(", ", final.SpeakingShares.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.ParticipantId} {s.Share:P0}"))));
        clock.Advance(TimeSpan.FromDays(65));
        var health = RelationshipHealth.Assess(relationship, final, clock.GetUtcNow());
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {Day(clock)}  {RelationshipText.Standing(health)} -> flagged in 'relationship overdue'"));
    }

    private static string Day(TimeProvider clock) => clock.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed class LifecycleClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
