using PeerPractice.Collections;

namespace PeerPractice.Sessions;

/// <summary>What a session hands to the next one of its series: items not completed and action items still open.</summary>
/// <param name="UnfinishedItemIds">Ids of the agenda items the previous session did not complete, in agenda order.</param>
/// <param name="OpenActionItems">Action items not yet marked done.</param>
public sealed record SessionCarryOver(ValueArray<string> UnfinishedItemIds, ValueArray<ActionItem> OpenActionItems)
{
    /// <summary>Nothing carried over.</summary>
    public static SessionCarryOver None { get; } = new([], []);

    /// <summary>True when nothing is carried over.</summary>
    public bool IsEmpty => UnfinishedItemIds.Count == 0 && OpenActionItems.Count == 0;
}
