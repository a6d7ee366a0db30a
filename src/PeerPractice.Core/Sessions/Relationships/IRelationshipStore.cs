using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace PeerPractice.Sessions;

/// <summary>
/// Where relationships are kept. Their sessions stay in the <see cref="ISessionStore"/>, linked by
/// <see cref="StoredSession.RelationshipId"/>; an engine implements both on one object. Every failure is a
/// <see cref="StoreException"/> after which nothing of the call was written.
/// </summary>
public interface IRelationshipStore
{
    /// <summary>Stores a new relationship.</summary>
    /// <param name="relationship">The relationship; checked with <see cref="RelationshipRules.Check"/>.</param>
    /// <param name="cancellationToken">Cancels before anything is written.</param>
    /// <returns>A task that completes once it is durable.</returns>
    /// <exception cref="StoreException"><see cref="StoreErrorKind.AlreadyExists"/> when the id is taken.</exception>
    ValueTask CreateRelationshipAsync(Relationship relationship, CancellationToken cancellationToken = default);

    /// <summary>Replaces a stored relationship (its status, done action items, opener...).</summary>
    /// <param name="relationship">The new value; its id names the one replaced.</param>
    /// <param name="cancellationToken">Cancels before anything is written.</param>
    /// <returns>A task that completes once it is durable.</returns>
    /// <exception cref="StoreException"><see cref="StoreErrorKind.NotFound"/> for an unknown id.</exception>
    ValueTask UpdateRelationshipAsync(Relationship relationship, CancellationToken cancellationToken = default);

    /// <summary>Finds one relationship.</summary>
    /// <param name="relationshipId">Its id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The relationship, or null.</returns>
    ValueTask<Relationship?> FindRelationshipAsync(string relationshipId, CancellationToken cancellationToken = default);

    /// <summary>Lists relationships, oldest first (then by id).</summary>
    /// <param name="memberId">Only those of this member; null for all.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The relationships.</returns>
    ValueTask<IReadOnlyList<Relationship>> ListRelationshipsAsync(string? memberId = null, CancellationToken cancellationToken = default);
}
