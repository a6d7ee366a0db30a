using PeerPractice.Generators.Helpers;

namespace PeerPractice.Generators;

public sealed partial class AgendaGenerator
{
    internal static partial class Emitter
    {
        // The typed entry point: a thin wrapper over the session engine whose position reads as
        // ItemId. ItemId values are item indexes, so the mapping is a cast: no boxing, no lookup.
        private static void WriteSession(SourceWriter writer)
        {
            writer.Doc("summary", "Creates a session of this agenda for these participants; it begins once everyone has acknowledged the agreements and the session is started.");
            writer.Line("/// <param name=\"participants\">Who takes part, in speaking order.</param>");
            writer.Line("/// <param name=\"time\">The clock the session keeps time with.</param>");
            writer.Line("/// <param name=\"options\">Session options, or null for the defaults.</param>");
            writer.Line("/// <returns>The session, before the first item.</returns>");
            writer.Line("public static Session StartSession(");
            writer.Line("    global::System.Collections.Generic.IReadOnlyList<" + Sessions + "Participant> participants,");
            writer.Line("    global::System.TimeProvider time,");
            writer.Line("    " + Sessions + "SessionOptions? options = null) =>");
            writer.Line("    new Session(" + Sessions + "AgendaSession.Create(Definition, participants, time, options));");
            writer.Line();

            writer.Doc("summary", "A session of this agenda, whose position reads as ItemId.");
            writer.Line(GeneratedCode).Line("public sealed partial class Session").Open();
            writer.Line("internal Session(" + Sessions + "AgendaSession agendaSession) => AgendaSession = agendaSession;").Line();
            writer.Doc("summary", "The underlying session engine: commands, events, time and snapshots.");
            writer.Line("public " + Sessions + "AgendaSession AgendaSession { get; }").Line();
            writer.Doc("summary", "The item the session is at, or null before the first item and after the last.");
            writer.Line("public ItemId? CurrentItem").Open().Line("get").Open();
            writer.Line("var index = AgendaSession.CurrentItemIndex;");
            writer.Line("return index < 0 ? (ItemId?)null : (ItemId)index;");
            writer.Close().Close();
            writer.Close();
        }
    }
}
