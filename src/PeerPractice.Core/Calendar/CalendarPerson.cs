namespace PeerPractice.Calendar;

/// <summary>Someone on an invitation: the organizer or a recipient.</summary>
/// <param name="Name">Shown by calendar clients (the <c>CN</c> parameter).</param>
/// <param name="Email">The address invitations and replies go to.</param>
public sealed record CalendarPerson(string Name, string Email);
