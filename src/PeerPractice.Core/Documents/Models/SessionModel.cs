using PeerPractice.Sessions;
using Scriban.Runtime;

namespace PeerPractice.Documents;

/// <summary>Builds the <c>session</c> variable of the summary: shareable notes and action items only.</summary>
internal static class SessionModel
{
    public static ScriptObject Build(SessionRecord record, PeopleView people)
    {
        var value = ModelValues.Object();
        value["date"] = ModelValues.Date(record.Started);
        value["started"] = ModelValues.DateTime(record.Started);
        value["ended"] = ModelValues.DateTime(record.Ended);
        value["minutes"] = ModelValues.Minutes(record.Duration);
        value["duration"] = ModelValues.Duration(record.Duration);
        value["participant_count"] = record.Participants.Count;

        // Under the Chatham House Rule even the attendance list is withheld.
        value["participants"] = people.Attributed ? people.People(record.Participants) : new ModelArray();
        value["notes"] = people.ShareableNotes(record.Notes);
        value["action_items"] = people.ActionItems(record.ActionItems);
        value["next_meeting"] = record.NextMeeting is { } next ? ModelValues.DateTime(next) : null;
        return value;
    }
}
