using System;
using PeerPractice.Collections;

namespace PeerPractice.Visits;

/// <summary>Keeping the dialogue going after the visit: articles to share and follow-up calls.</summary>
/// <param name="Articles">What to send the other side.</param>
/// <param name="Calls">Calls to discuss progress.</param>
public sealed record FollowUpPlan(ValueArray<SharedArticle> Articles, ValueArray<FollowUpCall> Calls)
{
    /// <summary>Nothing planned yet.</summary>
    public static FollowUpPlan None { get; } = new(ValueArray<SharedArticle>.Empty, ValueArray<FollowUpCall>.Empty);
}

/// <summary>An article or resource one side shares with the other.</summary>
/// <param name="Title">Shown to people.</param>
/// <param name="Url">Where to read it; empty when it is a document passed by hand.</param>
public sealed record SharedArticle(string Title, string Url);

/// <summary>A follow-up call to discuss progress.</summary>
/// <param name="When">When the call is planned.</param>
/// <param name="Topic">What it is for.</param>
public sealed record FollowUpCall(DateTimeOffset When, string Topic)
{
    /// <summary>True once the call took place; a call not held is listed as due from <see cref="When"/> on.</summary>
    public bool Held { get; init; }
}
