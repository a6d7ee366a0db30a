extern alias Generator;
using PeerPractice.Agendas;
using G = Generator::PeerPractice.Agendas;
using GC = Generator::PeerPractice.Collections;

namespace PeerPractice.Generators.Tests.Infrastructure;

/// <summary>
/// Copies a runtime agenda model into the generator's own copy of the model types, so emitter
/// tests can start from definitions built with the public library API.
/// </summary>
internal static class ModelMapper
{
    public static G.AgendaDefinition ToGenerator(AgendaDefinition d) => new(
        d.Id,
        d.Title,
        d.Summary,
        (G.AgendaFormat)(int)d.Format,
        new G.ParticipantRule(d.Participants.Min, d.Participants.Max, Array(d.Participants.Roles, r => new G.ParticipantRole(r.Name, r.Description))),
        d.Duration,
        d.Cadence is { } c ? new G.Cadence(c.Months, c.Days) : null,
        Array(d.Agreements, a => new G.Agreement(a.Id, a.Text)),
        (G.RotationPolicy)(int)d.Rotation,
        Array(d.Sections, s => new G.AgendaSection(s.Id, s.Title, Array(s.Items, Item))),
        new G.ClosingRule(d.Closing.ActionItems, d.Closing.ScheduleNext));

    private static G.AgendaItem Item(AgendaItem i) => new(
        i.Id,
        i.Prompt,
        new G.TurnPolicy((G.TurnKind)(int)i.Turns.Kind, i.Turns.RoleName),
        i.Timebox,
        i.Response is { } r ? new G.ResponsePhase((G.ResponseKind)(int)r.Kind, r.Timebox) : null,
        i.Guidance);

    private static GC.ValueArray<TOut> Array<TIn, TOut>(IEnumerable<TIn> items, Func<TIn, TOut> map) => new(items.Select(map));
}
