using System;

namespace PeerPractice.Matching;

/// <summary>How a member is willing to meet; a pair needs one format in common.</summary>
[Flags]
public enum MeetingFormats
{
    /// <summary>No format (never matchable).</summary>
    None = 0,

    /// <summary>Coffee or lunch in person: needs the same metro.</summary>
    InPerson = 1,

    /// <summary>A video call: needs overlapping working hours.</summary>
    Virtual = 2,

    /// <summary>Either.</summary>
    Any = InPerson | Virtual,
}
