using System;
using System.Text.Json.Serialization;

namespace PeerPractice.Matching;

/// <summary>A member as written in a profiles JSON file: every field optional so that the loader can say what is missing.</summary>
internal sealed class MemberRecord
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Organization { get; set; }
    public string? Industry { get; set; }
    public string? Title { get; set; }
    public RoleFamily? RoleFamily { get; set; }
    public RoleLevel? RoleLevel { get; set; }
    public OrganizationSize? OrganizationSize { get; set; }
    public string? Metro { get; set; }
    public int? UtcOffsetMinutes { get; set; }
    public int? AvailableFromHour { get; set; }
    public int? AvailableToHour { get; set; }
    public string[]? Concerns { get; set; }
    public string[]? Strengths { get; set; }
    public MeetingFormats? Formats { get; set; }
    public MeetingCadence? Cadence { get; set; }
    public string[]? Languages { get; set; }
    public OptOuts? OptOuts { get; set; }
    public DateOnly? SnoozedUntil { get; set; }
    public string[]? DoNotPair { get; set; }
    public bool? MeetEveryoneBeforeRepeating { get; set; }

    // Written but of the wrong type: the reader has reported that, so "has no id" would say it twice. Never written out.
    [JsonIgnore]
    public bool IdUnreadable { get; set; }

    [JsonIgnore]
    public bool OrganizationUnreadable { get; set; }
}
