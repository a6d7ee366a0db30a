using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace PeerPractice.Sessions;

// Relationships live beside the sessions they link to.
public sealed partial class InMemorySessionStore : IRelationshipStore
{
    private readonly Dictionary<string, Relationship> _relationships = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask CreateRelationshipAsync(Relationship relationship, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        cancellationToken.ThrowIfCancellationRequested();
        RelationshipRules.Check(relationship);
        lock (_gate)
        {
            if (!_relationships.TryAdd(relationship.Id, relationship))
            {
                throw RelationshipRules.AlreadyExists(relationship.Id);
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask UpdateRelationshipAsync(Relationship relationship, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        cancellationToken.ThrowIfCancellationRequested();
        RelationshipRules.Check(relationship);
        lock (_gate)
        {
            if (!_relationships.ContainsKey(relationship.Id))
            {
                throw RelationshipRules.NotFound(relationship.Id);
            }

            _relationships[relationship.Id] = relationship;
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<Relationship?> FindRelationshipAsync(string relationshipId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return ValueTask.FromResult(_relationships.TryGetValue(relationshipId, out var found) ? found : null);
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Relationship>> ListRelationshipsAsync(string? memberId = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return ValueTask.FromResult<IReadOnlyList<Relationship>>([.. _relationships.Values
                .Where(r => memberId is null || r.Includes(memberId))
                .OrderBy(r => r.StartedAt)
                .ThenBy(r => r.Id, StringComparer.Ordinal)]);
        }
    }
}
