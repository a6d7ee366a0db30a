using System.Text;
using PeerPractice.Agendas;

namespace PeerPractice.Benchmarks.Visits;

/// <summary>The Markdown handout written by hand, byte for byte what handout.md.sbn produces for the sample agenda (whose text needs no Markdown escaping): the price of flexibility.</summary>
internal static class HandWrittenHandout
{
    public static string Render(AgendaDefinition agenda)
    {
        var text = new StringBuilder(2048);
        text.Append("# ").Append(agenda.Title).Append('\n');
        if (agenda.Summary.Length > 0)
        {
            text.Append('\n').Append(agenda.Summary).Append('\n');
        }

        var format = agenda.Format.ToString();
        text.Append('\n').Append(format).Append(" session for ").Append(agenda.Participants.Min);
        if (agenda.Participants.Max != agenda.Participants.Min)
        {
            text.Append('-').Append(agenda.Participants.Max);
        }

        text.Append(" people");
        if (agenda.Duration is { } duration)
        {
            text.Append(", ").Append(DurationText.Format(duration));
        }

        if (agenda.Cadence is { } cadence)
        {
            text.Append(", meeting ").Append(cadence == Cadence.Monthly ? "monthly" : cadence == Cadence.Quarterly ? "quarterly" : cadence.ToString());
        }

        text.Append(".\n");
        if (!agenda.Agreements.IsEmpty)
        {
            text.Append("\n## Before we start, we agree\n");
            foreach (var agreement in agenda.Agreements)
            {
                text.Append("- ").Append(agreement.Text).Append('\n');
            }
        }

        if (!agenda.Participants.Roles.IsEmpty)
        {
            text.Append("\n## Roles\n");
            foreach (var role in agenda.Participants.Roles)
            {
                text.Append("- **").Append(role.Name).Append("**");
                if (role.Description.Length > 0)
                {
                    text.Append(": ").Append(role.Description);
                }

                text.Append('\n');
            }
        }

        foreach (var section in agenda.Sections)
        {
            text.Append("\n## ").Append(section.Title).Append('\n');
            foreach (var item in section.Items)
            {
                var turns = item.Turns.Kind switch
                {
                    TurnKind.Each => "each in turn",
                    TurnKind.Open => "open discussion",
                    _ => item.Turns.RoleName + " speaks",
                };
                text.Append("- **").Append(item.Prompt).Append("** (").Append(turns).Append(", ")
                    .Append(DurationText.Format(item.Timebox));
                if (item.Turns.Kind == TurnKind.Each)
                {
                    text.Append(" each");
                }

                if (item.Response is { } response)
                {
                    text.Append("; then ").Append(response.Kind.ToString().ToLowerInvariant()).Append(" from the others, ")
                        .Append(DurationText.Format(response.Timebox));
                }

                text.Append(")\n");
                if (item.Guidance.Length > 0)
                {
                    text.Append("  _").Append(item.Guidance).Append("_\n");
                }
            }
        }

        text.Append("\n## Closing\n");
        if (agenda.Closing.ActionItems)
        {
            text.Append("- Each of us names an action item.\n");
        }

        if (agenda.Closing.ScheduleNext)
        {
            text.Append("- We book the next meeting.\n");
        }

        text.Append("- Thank each other.\n");
        return text.ToString();
    }
}
