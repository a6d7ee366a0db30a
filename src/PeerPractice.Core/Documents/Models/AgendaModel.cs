using PeerPractice.Agendas;
using Scriban.Runtime;

namespace PeerPractice.Documents;

/// <summary>Builds the <c>agenda</c> variable from any agenda definition.</summary>
internal static class AgendaModel
{
    public static ScriptObject Build(AgendaDefinition agenda)
    {
        var value = ModelValues.Object();
        value["id"] = agenda.Id;
        value["title"] = agenda.Title;
        value["summary"] = agenda.Summary;
        value["format"] = agenda.Format.ToString().ToUpperInvariant()[..1] + agenda.Format.ToString()[1..].ToLowerInvariant();
        value["min_participants"] = agenda.Participants.Min;
        value["max_participants"] = agenda.Participants.Max;
        value["duration_minutes"] = agenda.Duration is { } duration ? ModelValues.Minutes(duration) : null;
        value["duration"] = agenda.Duration is { } length ? ModelValues.Duration(length) : null;
        value["cadence"] = agenda.Cadence is { } cadence ? Describe(cadence) : null;
        value["agreements"] = Agreements(agenda);
        value["roles"] = Roles(agenda);
        value["sections"] = Sections(agenda);
        value["collects_action_items"] = agenda.Closing.ActionItems;
        value["schedules_next"] = agenda.Closing.ScheduleNext;
        return value;
    }

    private static string Describe(Cadence cadence) => cadence switch
    {
        { Months: 1, Days: 0 } => "monthly",
        { Months: 3, Days: 0 } => "quarterly",
        { Months: 0, Days: 7 } => "weekly",
        { Months: 0, Days: 14 } => "every two weeks",
        _ => cadence.ToString(),
    };

    private static ModelArray Agreements(AgendaDefinition agenda)
    {
        var array = new ModelArray(agenda.Agreements.Count);
        foreach (var agreement in agenda.Agreements)
        {
            array.Add(agreement.Text);
        }

        return array;
    }

    private static ModelArray Roles(AgendaDefinition agenda)
    {
        var array = new ModelArray(agenda.Participants.Roles.Count);
        foreach (var role in agenda.Participants.Roles)
        {
            var value = ModelValues.Object();
            value["name"] = role.Name;
            value["description"] = role.Description;
            array.Add(value);
        }

        return array;
    }

    private static ModelArray Sections(AgendaDefinition agenda)
    {
        var array = new ModelArray(agenda.Sections.Count);
        foreach (var section in agenda.Sections)
        {
            var items = new ModelArray(section.Items.Count);
            foreach (var item in section.Items)
            {
                items.Add(Item(item));
            }

            var value = ModelValues.Object();
            value["id"] = section.Id;
            value["title"] = section.Title;
            value["items"] = items;
            array.Add(value);
        }

        return array;
    }

    private static ScriptObject Item(AgendaItem item)
    {
        var value = ModelValues.Object();
        value["id"] = item.Id;
        value["prompt"] = item.Prompt;
        value["turns"] = item.Turns.Kind switch
        {
            TurnKind.Each => "each in turn",
            TurnKind.Open => "open discussion",
            _ => item.Turns.RoleName + " speaks",
        };
        value["minutes"] = ModelValues.Minutes(item.Timebox);
        value["duration"] = ModelValues.Duration(item.Timebox);
        value["per_speaker"] = item.Turns.Kind == TurnKind.Each;
        value["guidance"] = item.Guidance;
        if (item.Response is { } response)
        {
            var phase = ModelValues.Object();
            phase["kind"] = response.Kind.ToString().ToLowerInvariant();
            phase["minutes"] = ModelValues.Minutes(response.Timebox);
            phase["duration"] = ModelValues.Duration(response.Timebox);
            value["response"] = phase;
        }
        else
        {
            value["response"] = null;
        }

        return value;
    }
}
