using System.Globalization;
using PeerPractice.Matching;
using PeerPractice.Visits;
using Scriban.Runtime;

namespace PeerPractice.Documents;

/// <summary>Builds the <c>plan</c> variable of the visit templates.</summary>
internal static class VisitPlanModel
{
    public static ScriptObject Build(VisitPlan plan, PeopleView people, TopicCatalog catalog)
    {
        var value = ModelValues.Object();
        value["id"] = plan.Id;
        value["title"] = plan.Title;
        value["visitor_organization"] = plan.VisitorOrganization;
        value["host_organization"] = plan.HostOrganization;
        value["start"] = ModelValues.DateTime(plan.Start);
        value["date"] = ModelValues.Date(plan.Start);
        value["time_zone"] = plan.TimeZoneId;
        value["location"] = plan.Location;
        value["duration_minutes"] = ModelValues.Minutes(plan.Duration);
        value["duration"] = ModelValues.Duration(plan.Duration);
        value["is_return_visit"] = plan.ReciprocalOf is not null;
        value["objectives"] = Objectives(plan);
        value["targets"] = Targets(plan);
        value["slots"] = Slots(plan, people, catalog);
        value["team"] = people.People(plan.Team);
        value["host_people"] = people.People(plan.HostPeople);
        value["questionnaire"] = Questionnaire(plan.Questionnaire);
        value["debrief"] = plan.Debrief is null ? null : Debrief(plan.Debrief);
        value["follow_up"] = FollowUp(plan.FollowUp);
        value["notes"] = people.ShareableNotes(plan.Notes);
        return value;
    }

    private static ModelArray Objectives(VisitPlan plan)
    {
        var array = new ModelArray(plan.Objectives.Count);
        foreach (var objective in plan.Objectives)
        {
            var value = ModelValues.Object();
            value["question"] = objective.Question;
            value["why"] = objective.Why;
            array.Add(value);
        }

        return array;
    }

    private static ModelArray Targets(VisitPlan plan)
    {
        var array = new ModelArray(plan.Targets.Count);
        foreach (var target in plan.Targets)
        {
            var value = ModelValues.Object();
            value["organization"] = target.Organization;
            value["reasons"] = ModelValues.Strings(target.Reasons);
            value["score"] = target.Score > 0 ? target.Score.ToString(CultureInfo.InvariantCulture) : null; // 0: chosen by hand, no score to show
            value["matched_objectives"] = ModelValues.Strings(target.MatchedObjectives);
            array.Add(value);
        }

        return array;
    }

    private static ModelArray Slots(VisitPlan plan, PeopleView people, TopicCatalog catalog)
    {
        var array = new ModelArray(plan.Slots.Count);
        foreach (var slot in plan.Slots)
        {
            var value = ModelValues.Object();
            value["start"] = ModelValues.Clock(plan.Start.TimeOfDay + slot.Start);
            value["end"] = ModelValues.Clock(plan.Start.TimeOfDay + slot.Start + slot.Duration);
            value["minutes"] = ModelValues.Minutes(slot.Duration);
            value["duration"] = ModelValues.Duration(slot.Duration);
            value["title"] = slot.Title;
            value["question_minutes_each"] = ModelValues.Minutes(slot.QuestionTimeEach);
            value["question_time_each"] = ModelValues.Duration(slot.QuestionTimeEach);
            value["host_people"] = people.People(slot.HostPeople);
            var topic = slot.TopicId is null ? null : catalog.Find(slot.TopicId);
            value["topic"] = topic is null ? null : Topic(topic);
            array.Add(value);
        }

        return array;
    }

    private static ScriptObject Topic(Topic topic)
    {
        var value = ModelValues.Object();
        value["id"] = topic.Id;
        value["title"] = topic.Title;
        value["summary"] = topic.Summary;
        value["questions"] = ModelValues.Strings(topic.Questions);
        return value;
    }

    private static ScriptObject Questionnaire(VisitQuestionnaire questionnaire)
    {
        var value = ModelValues.Object();
        value["send_by"] = ModelValues.Date(questionnaire.SendBy);
        value["questions"] = ModelValues.Strings(questionnaire.Questions);
        return value;
    }

    private static ScriptObject Debrief(VisitDebrief debrief)
    {
        var value = ModelValues.Object();
        value["start"] = ModelValues.Strings(debrief.Start);
        value["stop"] = ModelValues.Strings(debrief.Stop);
        value["continue"] = ModelValues.Strings(debrief.Continue);
        value["report"] = debrief.Report;
        return value;
    }

    private static ScriptObject FollowUp(FollowUpPlan followUp)
    {
        var articles = new ModelArray(followUp.Articles.Count);
        foreach (var article in followUp.Articles)
        {
            var item = ModelValues.Object();
            item["title"] = article.Title;
            item["url"] = article.Url;
            articles.Add(item);
        }

        var calls = new ModelArray(followUp.Calls.Count);
        foreach (var call in followUp.Calls)
        {
            var item = ModelValues.Object();
            item["when"] = ModelValues.DateTime(call.When);
            item["topic"] = call.Topic;
            calls.Add(item);
        }

        var value = ModelValues.Object();
        value["articles"] = articles;
        value["calls"] = calls;
        return value;
    }
}
