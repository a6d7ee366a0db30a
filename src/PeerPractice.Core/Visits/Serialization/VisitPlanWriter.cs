using System;
using System.Text.Json;

namespace PeerPractice.Visits;

/// <summary>
/// Writes a <see cref="VisitPlan"/> as a visit-plan file (<c>*.visit-plan.json</c>) that
/// <see cref="VisitPlanLoader"/> reads back to an equal plan. Private notes are written too: the
/// file is the planning team's own record, not a document for others (documents leave them out).
/// </summary>
public static class VisitPlanWriter
{
    /// <summary>The plan as indented JSON, with <c>$schema</c> so editors check it.</summary>
    /// <param name="plan">The plan.</param>
    public static string Write(VisitPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return GatheringJsonValues.Document(json => Write(json, plan));
    }

    private static void Write(Utf8JsonWriter json, VisitPlan plan)
    {
        json.WriteStartObject();
        json.WriteString("$schema", DataSchema.VisitPlan.Id);
        json.WriteString("id", plan.Id);
        json.WriteString("title", plan.Title);
        json.WriteString("visitorOrganization", plan.VisitorOrganization);
        json.WriteString("hostOrganization", plan.HostOrganization);
        json.WriteString("start", GatheringJsonValues.Write(plan.Start));
        json.WriteString("timeZone", plan.TimeZoneId);
        json.WriteString("location", plan.Location);
        json.WriteStartArray("objectives");
        foreach (var objective in plan.Objectives)
        {
            json.WriteStartObject();
            json.WriteString("question", objective.Question);
            json.WriteString("why", objective.Why);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("targets");
        foreach (var target in plan.Targets)
        {
            json.WriteStartObject();
            json.WriteString("organization", target.Organization);
            json.WriteNumber("score", target.Score);
            GatheringJsonValues.WriteStrings(json, "objectives", target.MatchedObjectives);
            GatheringJsonValues.WriteStrings(json, "hosts", target.Hosts);
            GatheringJsonValues.WriteStrings(json, "reasons", target.Reasons);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("slots");
        foreach (var slot in plan.Slots)
        {
            json.WriteStartObject();
            json.WriteString("offset", GatheringJsonValues.Write(slot.Start));
            json.WriteString("duration", GatheringJsonValues.Write(slot.Duration));
            json.WriteString("title", slot.Title);
            if (slot.TopicId is { } topic)
            {
                json.WriteString("topic", topic);
            }

            GatheringJsonValues.WritePeople(json, "hostPeople", slot.HostPeople);
            json.WriteString("questionTimeEach", GatheringJsonValues.Write(slot.QuestionTimeEach));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        GatheringJsonValues.WritePeople(json, "team", plan.Team);
        json.WriteStartObject("questionnaire");
        if (plan.Questionnaire.SendBy is { } sendBy)
        {
            json.WriteString("sendBy", GatheringJsonValues.Write(sendBy));
        }

        GatheringJsonValues.WriteStrings(json, "questions", plan.Questionnaire.Questions);
        json.WriteEndObject();
        if (plan.Debrief is { } debrief)
        {
            json.WriteStartObject("debrief");
            GatheringJsonValues.WriteStrings(json, "start", debrief.Start);
            GatheringJsonValues.WriteStrings(json, "stop", debrief.Stop);
            GatheringJsonValues.WriteStrings(json, "continue", debrief.Continue);
            json.WriteString("report", debrief.Report);
            json.WriteEndObject();
        }

        json.WriteStartObject("followUp");
        json.WriteStartArray("articles");
        foreach (var article in plan.FollowUp.Articles)
        {
            json.WriteStartObject();
            json.WriteString("title", article.Title);
            json.WriteString("url", article.Url);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("calls");
        foreach (var call in plan.FollowUp.Calls)
        {
            json.WriteStartObject();
            json.WriteString("when", GatheringJsonValues.Write(call.When));
            json.WriteString("topic", call.Topic);
            if (call.Held)
            {
                json.WriteBoolean("held", true);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        GatheringJsonValues.WriteNotes(json, plan.Notes);
        if (plan.ReciprocalOf is { } first)
        {
            json.WriteString("reciprocalOf", first);
        }

        json.WriteEndObject();
    }
}
