namespace PeerPractice.Breakfasts;

/// <summary>An invitee's answer to a breakfast invitation (the iCalendar PARTSTAT values a reply carries).</summary>
public enum RsvpAnswer
{
    /// <summary>Coming.</summary>
    Accepted,

    /// <summary>Not coming.</summary>
    Declined,

    /// <summary>Maybe; not seated until they accept.</summary>
    Tentative,
}
