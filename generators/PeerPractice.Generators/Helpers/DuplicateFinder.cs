using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using PeerPractice.Collections;
using PeerPractice.Generators.Diagnostics;
using PeerPractice.Generators.Model;

namespace PeerPractice.Generators.Helpers;

/// <summary>
/// Finds agenda files that would generate the same class. The file first in ordinal path order
/// keeps the class, so the choice does not depend on the order the compiler lists files in.
/// </summary>
internal static class DuplicateFinder
{
    /// <summary>Every file that is left out, with the file that keeps its class; in path order.</summary>
    public static ValueArray<DuplicateSpec> Find(ImmutableArray<AgendaIdentity?> identities)
    {
        var keepers = new Dictionary<string, AgendaIdentity>(StringComparer.Ordinal);
        var sorted = new List<AgendaIdentity>(identities.Length);
        foreach (var identity in identities)
        {
            if (identity is not null)
            {
                sorted.Add(identity);
            }
        }

        sorted.Sort(static (a, b) => string.CompareOrdinal(a.Path, b.Path));
        var duplicates = new List<DuplicateSpec>();
        foreach (var identity in sorted)
        {
            if (keepers.TryGetValue(identity.ClassName, out var keeper))
            {
                duplicates.Add(new DuplicateSpec(identity, keeper));
            }
            else
            {
                keepers.Add(identity.ClassName, identity);
            }
        }

        return new ValueArray<DuplicateSpec>(duplicates);
    }

    /// <summary>PPG001 when the ids are equal, PPG002 when different ids make the same class name.</summary>
    /// <param name="duplicate">The file left out and the file kept.</param>
    /// <param name="idLocation">Where the left-out file writes its id.</param>
    public static DiagnosticSpec ToDiagnostic(DuplicateSpec duplicate, LocationSpec idLocation)
    {
        var (left, kept) = (duplicate.Duplicate, duplicate.Keeper);
        return string.Equals(left.AgendaId, kept.AgendaId, StringComparison.Ordinal)
            ? new DiagnosticSpec(
                AgendaDiagnostics.DuplicateAgendaIdId,
                ProblemSeverity.Error,
                ValueArray.Create(left.AgendaId, kept.Path),
                idLocation)
            : new DiagnosticSpec(
                AgendaDiagnostics.AgendaClassNameClashId,
                ProblemSeverity.Error,
                ValueArray.Create(left.AgendaId, left.ClassName, kept.AgendaId, kept.Path),
                idLocation);
    }
}
