extern alias Generator;
using Generator::PeerPractice.Generators;
using Generator::PeerPractice.Generators.Model;
using PeerPractice.Agendas;
using G = Generator::PeerPractice.Agendas;
using GK = Generator::PeerPractice;

namespace PeerPractice.Generators.Tests.Infrastructure;

/// <summary>Runs the parser's naming step and the emitter on a definition built in code.</summary>
internal static class EmitHelper
{
    public const string Namespace = "Contoso.Circle.Agendas";

    public static AgendaModel Model(AgendaDefinition definition, string path = "/repo/agendas/sample.agenda.json") =>
        AgendaGenerator.Parser.FromResult(new GK.LoadResult<G.AgendaDefinition>(ModelMapper.ToGenerator(definition), default), ids: null, path);

    public static string Emit(AgendaDefinition definition)
    {
        var model = Model(definition);
        Assert.True(model.Class is not null, string.Join("; ", model.Diagnostics.Select(d => d.Id + " " + string.Join(",", d.Arguments))));
        return AgendaGenerator.Emitter.Emit(model.Class, Namespace);
    }

    public static G.AgendaDefinition ToGenerator(AgendaDefinition definition) => ModelMapper.ToGenerator(definition);
}
