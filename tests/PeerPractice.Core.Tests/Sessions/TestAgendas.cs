using PeerPractice.Agendas;
using PeerPractice.Collections;
using PeerPractice.Sessions;

namespace PeerPractice.Core.Tests.Sessions;

/// <summary>Agendas built in code for the session tests, shaped like the built-in library's.</summary>
internal static class TestAgendas
{
    public static readonly Participant Alex = new("alex", "Alex");
    public static readonly Participant Sam = new("sam", "Sam");

    public static Participant[] Pair => [Alex, Sam];

    /// <summary>A peer brainstorm for <see cref="Pair"/> with both agreements acknowledged and the first item started.</summary>
    public static AgendaSession StartedBrainstorm(TimeProvider clock)
    {
        var session = AgendaSession.Create(PeerBrainstorm, Pair, clock);
        session.Acknowledge("alex", "confidentiality");
        session.Acknowledge("sam", "confidentiality");
        session.Start();
        return session;
    }

    /// <summary>The peer brainstorm of the seed article: two peers, confidentiality, problem, why, what is done, ideas.</summary>
    public static AgendaDefinition PeerBrainstorm { get; } = new(
        "peer-brainstorm",
        "Peer brainstorm",
        "One-to-one between two peers in similar roles at different organizations.",
        AgendaFormat.Pair,
        new ParticipantRule(2, 2, ValueArray<ParticipantRole>.Empty),
        TimeSpan.FromMinutes(90),
        Cadence.Monthly,
        [new Agreement("confidentiality", "What we discuss stays between us.")],
        RotationPolicy.Alternate,
        [
            new AgendaSection("problem", "Biggest problem",
            [
                new AgendaItem("biggest-problem", "What is your biggest problem right now?", TurnPolicy.Each, TimeSpan.FromMinutes(5), new ResponsePhase(ResponseKind.Perspective, TimeSpan.FromMinutes(3)), ""),
                new AgendaItem("why-it-matters", "Why is this problem important?", TurnPolicy.Each, TimeSpan.FromMinutes(3), null, ""),
                new AgendaItem("whats-being-done", "What is being done to address it?", TurnPolicy.Each, TimeSpan.FromMinutes(4), new ResponsePhase(ResponseKind.Suggestions, TimeSpan.FromMinutes(3)), ""),
            ]),
            new AgendaSection("ideas", "Ideas",
            [
                new AgendaItem("open-ideas", "What could each of us try?", TurnPolicy.Open, TimeSpan.FromMinutes(10), null, ""),
            ]),
        ],
        new ClosingRule(true, true));

    /// <summary>A breakfast roundtable: 3 to 8 people, round-robin, an open item, two agreements.</summary>
    public static AgendaDefinition Breakfast { get; } = new(
        "cio-breakfast",
        "CIO breakfast",
        "",
        AgendaFormat.Group,
        new ParticipantRule(3, 8, ValueArray<ParticipantRole>.Empty),
        TimeSpan.FromHours(2),
        null,
        [new Agreement("confidentiality", "Chatham House."), new Agreement("no-selling", "Nobody sells.")],
        RotationPolicy.RoundRobin,
        [
            new AgendaSection("round", "Round the table",
            [
                new AgendaItem("introductions", "Who are you and what keeps you up?", TurnPolicy.Each, TimeSpan.FromMinutes(2), null, ""),
                new AgendaItem("challenge", "One challenge this quarter", TurnPolicy.Each, TimeSpan.FromMinutes(3), new ResponsePhase(ResponseKind.Questions, TimeSpan.FromMinutes(2)), ""),
                new AgendaItem("discussion", "Open discussion", TurnPolicy.Open, TimeSpan.FromMinutes(20), null, ""),
            ]),
        ],
        new ClosingRule(false, true));

    /// <summary>A site visit: host and visitor roles, a host-only tour.</summary>
    public static AgendaDefinition SiteVisit { get; } = new(
        "site-visit",
        "Site visit",
        "",
        AgendaFormat.Visit,
        new ParticipantRule(2, 6, [new ParticipantRole("host", "Shows the site."), new ParticipantRole("visitor", "Learns.")]),
        TimeSpan.FromHours(3),
        null,
        ValueArray<Agreement>.Empty,
        RotationPolicy.Fixed,
        [
            new AgendaSection("visit", "Visit",
            [
                new AgendaItem("objectives", "What do you want to learn?", TurnPolicy.Each, TimeSpan.FromMinutes(3), null, ""),
                new AgendaItem("tour", "Tour of the service desk", TurnPolicy.ForRole("host"), TimeSpan.FromMinutes(30), new ResponsePhase(ResponseKind.Questions, TimeSpan.FromMinutes(10)), ""),
            ]),
        ],
        new ClosingRule(true, false));

    public static IReadOnlyList<AgendaDefinition> All => [PeerBrainstorm, Breakfast, SiteVisit];

    /// <summary>Participants that fit <paramref name="agenda"/>: <paramref name="count"/> people, with the first holding the first declared role and the rest the second.</summary>
    public static Participant[] People(AgendaDefinition agenda, int count)
    {
        var roles = agenda.Participants.Roles;
        return Enumerable.Range(0, count)
            .Select(i => new Participant("p" + i, "Person " + i, roles.IsEmpty ? null : roles[Math.Min(i, roles.Count - 1)].Name))
            .ToArray();
    }
}
