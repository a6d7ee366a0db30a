using PeerPractice.Agendas;
using PeerPractice.Collections;

namespace PeerPractice.Generators.Tests.Infrastructure;

/// <summary>Agenda definitions built in code, for emitter tests that need no parser.</summary>
internal static class SampleAgendas
{
    public static AgendaDefinition PeerBrainstorm() => new(
        "peer-brainstorm",
        "Peer brainstorm",
        "One-to-one between two peers in similar roles at different organizations.",
        AgendaFormat.Pair,
        new ParticipantRule(2, 2, ValueArray<ParticipantRole>.Empty),
        TimeSpan.FromMinutes(90),
        Cadence.Monthly,
        ValueArray.Create(new Agreement("confidentiality", "What we discuss stays between us.")),
        RotationPolicy.Alternate,
        ValueArray.Create(
            new AgendaSection("problem", "Biggest problem", ValueArray.Create(
                Item("biggest-problem", "What is your biggest problem right now?", TurnPolicy.Each, 5, new ResponsePhase(ResponseKind.Perspective, TimeSpan.FromMinutes(3))),
                Item("why-it-matters", "Why is this problem important?", TurnPolicy.Each, 3),
                Item("whats-being-done", "What is being done to address it?", TurnPolicy.Each, 4, new ResponsePhase(ResponseKind.Suggestions, TimeSpan.FromMinutes(3))))),
            new AgendaSection("wrap-up", "Wrap-up", ValueArray.Create(
                Item("next-steps", "What will you each do next?", TurnPolicy.Open, 10)))),
        new ClosingRule(true, true));

    /// <summary>Ids that stress the naming rule and text that stresses literals and doc comments.</summary>
    public static AgendaDefinition Awkward() => new(
        "one-on-one",
        "Tricky <title> & \"quotes\"",
        "Line one\r\nline two\u2028still a doc line \u0001 with a control char, a lone \ud800 surrogate and emoji \U0001F600.",
        AgendaFormat.Visit,
        new ParticipantRule(2, 6, ValueArray.Create(new ParticipantRole("host", "Shows the <site>."), new ParticipantRole("visitor", ""))),
        null,
        new Cadence(0, 14),
        ValueArray<Agreement>.Empty,
        RotationPolicy.RoundRobin,
        ValueArray.Create(
            new AgendaSection("class", "Keyword */ section", ValueArray.Create(
                Item("class", "A section and an item with the same keyword id \\ \"\" \t.", TurnPolicy.ForRole("host"), 1),
                Item("definition", "Clashes with a generated member.", TurnPolicy.Open, 2),
                Item("to-string", "Clashes with an object member.", TurnPolicy.Each, 1),
                Item("second-round", "Second round.", TurnPolicy.Each, 1),
                Item("session", "Clashes with the session wrapper.", TurnPolicy.Each, 1))),
            new AgendaSection("item-id", "Clashes with the enum name", ValueArray.Create(
                Item("one-on-one-agenda", "Clashes with the class name, so becomes OneOnOneAgendaItem.", TurnPolicy.Each, 1)))),
        new ClosingRule(false, false));

    public static AgendaItem Item(string id, string prompt, TurnPolicy turns, int minutes, ResponsePhase? response = null, string guidance = "") =>
        new(id, prompt, turns, TimeSpan.FromMinutes(minutes), response, guidance);
}
