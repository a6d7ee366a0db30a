using System.Collections.Generic;
using PeerPractice.Breakfasts;
using PeerPractice.Matching;
using Scriban.Runtime;

namespace PeerPractice.Documents;

/// <summary>The breakfast as a template sees it: the event, its topics with a first question, and the invitees' names, titles and organizations (nothing confidential).</summary>
internal static class BreakfastModel
{
    public static ScriptObject Build(BreakfastEvent breakfast, IReadOnlyList<MemberProfile> invitees, TopicCatalog catalog)
    {
        var model = ModelValues.Object();
        model["id"] = breakfast.Id;
        model["title"] = breakfast.Title;
        model["start"] = ModelValues.DateTime(breakfast.Start);
        model["time_zone"] = breakfast.TimeZoneId;
        model["location"] = breakfast.Location;
        model["duration_minutes"] = ModelValues.Minutes(breakfast.Duration);
        var topics = new ModelArray();
        foreach (var id in breakfast.TopicIds)
        {
            var topic = catalog.Find(id);
            var item = ModelValues.Object();
            item["id"] = id;
            item["title"] = topic?.Title ?? id;
            item["question"] = topic is { Questions.IsEmpty: false } ? topic.Questions[0] : string.Empty;
            topics.Add(item);
        }

        model["topics"] = topics;
        var people = new ModelArray();
        foreach (var member in invitees)
        {
            var person = ModelValues.Object();
            person["name"] = member.Name;
            person["title"] = member.Title;
            person["organization"] = member.Organization;
            people.Add(person);
        }

        model["invitees"] = people;
        return model;
    }
}
