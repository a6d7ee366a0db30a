using System;

namespace PeerPractice.Matching;

/// <summary>A member sat out a round under the rotating sit-out policy.</summary>
/// <param name="MemberId">Who sat out.</param>
/// <param name="Day">The round's day.</param>
public sealed record SitOutRecord(string MemberId, DateOnly Day);
