using System;
using PeerPractice.Collections;

namespace PeerPractice.Matching;

/// <summary>
/// One member of a peer programme: who they are, what they struggle with and are good at, how and
/// when they can meet, and their own controls. <see cref="DoNotPair"/> is confidential: it is
/// honoured everywhere and shown nowhere.
/// </summary>
public sealed record MemberProfile
{
    /// <summary>Stable unique id.</summary>
    public required string Id { get; init; }

    /// <summary>Display name.</summary>
    public required string Name { get; init; }

    /// <summary>The member's organization; members of one organization are never paired.</summary>
    public required string Organization { get; init; }

    /// <summary>Industry, such as <c>healthcare</c> (free text, compared ordinally ignoring case).</summary>
    public string Industry { get; init; } = "";

    /// <summary>Job title as the member writes it (shown, not scored).</summary>
    public string Title { get; init; } = "";

    /// <summary>Role family.</summary>
    public RoleFamily RoleFamily { get; init; }

    /// <summary>Seniority inside the family.</summary>
    public RoleLevel RoleLevel { get; init; } = RoleLevel.Director;

    /// <summary>Organization size band.</summary>
    public OrganizationSize OrganizationSize { get; init; } = OrganizationSize.Medium;

    /// <summary>Metro area, such as <c>New York</c>; in-person meetings need the same metro.</summary>
    public string Metro { get; init; } = "";

    /// <summary>The member's offset from UTC in minutes (for example -300 for New York in winter).</summary>
    public int UtcOffsetMinutes { get; init; }

    /// <summary>Start of the member's available hours, local time, 0..23.</summary>
    public int AvailableFromHour { get; init; } = 8;

    /// <summary>End of the member's available hours, local time, 1..24 (after the start).</summary>
    public int AvailableToHour { get; init; } = 18;

    /// <summary>Concerns: topic ids of problems the member has now.</summary>
    public ValueArray<string> Concerns { get; init; }

    /// <summary>Strengths: topic ids of what the member has done well.</summary>
    public ValueArray<string> Strengths { get; init; }

    /// <summary>Formats the member accepts.</summary>
    public MeetingFormats Formats { get; init; } = MeetingFormats.Any;

    /// <summary>Preferred cadence.</summary>
    public MeetingCadence Cadence { get; init; } = MeetingCadence.Monthly;

    /// <summary>Languages the member can hold a conversation in (ISO 639-1 codes such as <c>en</c>).</summary>
    public ValueArray<string> Languages { get; init; }

    /// <summary>Activities the member has opted out of.</summary>
    public OptOuts OptOuts { get; init; }

    /// <summary>The member takes no part in rounds before this date (inclusive end of the snooze).</summary>
    public DateOnly? SnoozedUntil { get; init; }

    /// <summary>Confidential: member ids never to pair with. Never shown in any explanation or report.</summary>
    public ValueArray<string> DoNotPair { get; init; }

    /// <summary>When true, the member is not paired again with a past peer while anyone new is possible.</summary>
    public bool MeetEveryoneBeforeRepeating { get; init; }

    /// <summary>True when the member is snoozed on <paramref name="day"/>.</summary>
    /// <param name="day">The day of the round.</param>
    public bool IsSnoozedOn(DateOnly day) => SnoozedUntil is { } until && day <= until;
}
