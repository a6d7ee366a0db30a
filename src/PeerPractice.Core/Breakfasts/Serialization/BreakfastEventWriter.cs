using System;
using System.Text.Json;
using PeerPractice.Visits;

namespace PeerPractice.Breakfasts;

/// <summary>Writes a <see cref="BreakfastEvent"/> as an event file (<c>*.event.json</c>) that <see cref="BreakfastEventLoader"/> reads back to an equal event.</summary>
public static class BreakfastEventWriter
{
    /// <summary>The event as indented JSON, with <c>$schema</c> so editors check it.</summary>
    /// <param name="breakfast">The event.</param>
    public static string Write(BreakfastEvent breakfast)
    {
        ArgumentNullException.ThrowIfNull(breakfast);
        return GatheringJsonValues.Document(json => Write(json, breakfast));
    }

    private static void Write(Utf8JsonWriter json, BreakfastEvent breakfast)
    {
        json.WriteStartObject();
        json.WriteString("$schema", DataSchema.BreakfastEvent.Id);
        json.WriteString("id", breakfast.Id);
        json.WriteString("title", breakfast.Title);
        json.WriteString("start", GatheringJsonValues.Write(breakfast.Start));
        json.WriteString("duration", GatheringJsonValues.Write(breakfast.Duration));
        json.WriteString("timeZone", breakfast.TimeZoneId);
        json.WriteString("location", breakfast.Location);
        GatheringJsonValues.WriteStrings(json, "topics", breakfast.TopicIds);
        GatheringJsonValues.WriteStrings(json, "invitees", breakfast.Invitees);
        json.WriteStartArray("rsvps");
        foreach (var rsvp in breakfast.Rsvps)
        {
            json.WriteStartObject();
            json.WriteString("member", rsvp.MemberId);
            json.WriteString("answer", rsvp.Answer switch { RsvpAnswer.Accepted => "accepted", RsvpAnswer.Declined => "declined", _ => "tentative" });
            json.WriteString("at", GatheringJsonValues.Write(rsvp.At));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("tables");
        foreach (var table in breakfast.Tables)
        {
            json.WriteStartObject();
            GatheringJsonValues.WriteStrings(json, "members", table.MemberIds);
            json.WriteNumber("affinity", table.Affinity);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        GatheringJsonValues.WriteStrings(json, "attended", breakfast.Attended);
        if (breakfast.HistoryRound is { } round)
        {
            json.WriteNumber("historyRound", round);
        }

        json.WriteEndObject();
    }
}
