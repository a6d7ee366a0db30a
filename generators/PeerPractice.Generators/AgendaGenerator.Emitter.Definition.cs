using PeerPractice.Agendas;
using PeerPractice.Collections;
using PeerPractice.Generators.Helpers;

namespace PeerPractice.Generators;

public sealed partial class AgendaGenerator
{
    internal static partial class Emitter
    {
        // Named arguments keep the generated model readable and fail loudly (not silently) if the
        // model's constructor parameters are ever reordered.
        private static void WriteDefinition(SourceWriter writer, AgendaDefinition definition)
        {
            writer.Line("new " + Agendas + "AgendaDefinition(").Indent();
            writer.Line("Id: " + CSharpLiteral.String(definition.Id) + ",");
            writer.Line("Title: " + CSharpLiteral.String(definition.Title) + ",");
            writer.Line("Summary: " + CSharpLiteral.String(definition.Summary) + ",");
            writer.Line("Format: " + CSharpLiteral.Enum(Agendas + "AgendaFormat", definition.Format) + ",");
            WriteParticipants(writer, definition.Participants);
            writer.Line("Duration: " + (definition.Duration is { } duration ? CSharpLiteral.TimeSpan(duration) : "null") + ",");
            writer.Line("Cadence: " + (definition.Cadence is { } cadence
                ? "new " + Agendas + "Cadence(" + CSharpLiteral.Int(cadence.Months) + ", " + CSharpLiteral.Int(cadence.Days) + ")"
                : "null") + ",");
            WriteArray(writer, "Agreements: ", "Agreement", definition.Agreements, ",", static (w, agreement) =>
                w.Line("new " + Agendas + "Agreement(" + CSharpLiteral.String(agreement.Id) + ", " + CSharpLiteral.String(agreement.Text) + "),"));
            writer.Line("Rotation: " + CSharpLiteral.Enum(Agendas + "RotationPolicy", definition.Rotation) + ",");
            WriteArray(writer, "Sections: ", "AgendaSection", definition.Sections, ",", WriteSection);
            writer.Line("Closing: new " + Agendas + "ClosingRule(ActionItems: " + CSharpLiteral.Bool(definition.Closing.ActionItems)
                + ", ScheduleNext: " + CSharpLiteral.Bool(definition.Closing.ScheduleNext) + "))");
            writer.Line("{ Opener = " + CSharpLiteral.Enum(Agendas + "OpenerRule", definition.Opener) + " };");
            writer.Unindent();
        }

        private static void WriteParticipants(SourceWriter writer, ParticipantRule participants)
        {
            writer.Line("Participants: new " + Agendas + "ParticipantRule(").Indent();
            writer.Line("Min: " + CSharpLiteral.Int(participants.Min) + ",");
            writer.Line("Max: " + CSharpLiteral.Int(participants.Max) + ",");
            WriteArray(writer, "Roles: ", "ParticipantRole", participants.Roles, "),", static (w, role) =>
                w.Line("new " + Agendas + "ParticipantRole(" + CSharpLiteral.String(role.Name) + ", " + CSharpLiteral.String(role.Description) + "),"));
            writer.Unindent();
        }

        private static void WriteSection(SourceWriter writer, AgendaSection section)
        {
            writer.Line("new " + Agendas + "AgendaSection(").Indent();
            writer.Line("Id: " + CSharpLiteral.String(section.Id) + ",");
            writer.Line("Title: " + CSharpLiteral.String(section.Title) + ",");
            WriteArray(writer, "Items: ", "AgendaItem", section.Items, "),", WriteItem);
            writer.Unindent();
        }

        private static void WriteItem(SourceWriter writer, AgendaItem item)
        {
            writer.Line("new " + Agendas + "AgendaItem(").Indent();
            writer.Line("Id: " + CSharpLiteral.String(item.Id) + ",");
            writer.Line("Prompt: " + CSharpLiteral.String(item.Prompt) + ",");
            writer.Line("Turns: new " + Agendas + "TurnPolicy(" + CSharpLiteral.Enum(Agendas + "TurnKind", item.Turns.Kind) + ", "
                + CSharpLiteral.String(item.Turns.RoleName) + "),");
            writer.Line("Timebox: " + CSharpLiteral.TimeSpan(item.Timebox) + ",");
            writer.Line("Response: " + (item.Response is { } response
                ? "new " + Agendas + "ResponsePhase(" + CSharpLiteral.Enum(Agendas + "ResponseKind", response.Kind) + ", " + CSharpLiteral.TimeSpan(response.Timebox) + ")"
                : "null") + ",");
            writer.Line("Guidance: " + CSharpLiteral.String(item.Guidance) + "),");
            writer.Unindent();
        }

        // Uses the public IEnumerable constructor: unambiguous for every C# version, unlike the
        // params/span overloads of ValueArray.Create.
        private static void WriteArray<T>(
            SourceWriter writer,
            string prefix,
            string elementType,
            ValueArray<T> items,
            string suffix,
            System.Action<SourceWriter, T> writeElement)
        {
            var type = Agendas + elementType;
            if (items.IsEmpty)
            {
                writer.Line(prefix + Collections + "ValueArray<" + type + ">.Empty" + suffix);
                return;
            }

            writer.Line(prefix + "new " + Collections + "ValueArray<" + type + ">(new " + type + "[]").Open();
            foreach (var item in items)
            {
                writeElement(writer, item);
            }

            writer.Close(")" + suffix);
        }
    }
}
