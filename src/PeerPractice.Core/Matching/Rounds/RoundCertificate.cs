using System;
using PeerPractice.Collections;

namespace PeerPractice.Matching;

/// <summary>
/// Why a round's pairing is optimal, or how far from optimal it can be at most. The round's pairing is a maximum-weight
/// matching over every allowed pair of the round's members (<see cref="VertexMemberIds"/>), with edge weight
/// <see cref="EdgeWeight"/>: a pair at relaxation level L with score s weighs
/// <c>CardinalityBonus + (Levels - L) × LevelBonus + s</c>, so that the most pairs come first, then the fewest relaxed
/// rules, then the highest score. For a price-out round <see cref="Duals"/> holds the solver's dual solution over the
/// same vertices: the round is optimal over all allowed pairs when, for every allowed pair (u, v) with weight w,
/// <c>VertexDuals[u] + VertexDuals[v] + Σ Dual(blossoms holding both) ≥ 2w</c>, with equality on matched pairs,
/// zero duals on unmatched members and full blossoms (the conditions of <see cref="MatchingCertificate"/>).
/// </summary>
public sealed record RoundCertificate
{
    /// <summary>How the round was solved.</summary>
    public RoundSolveMethod Method { get; init; }

    /// <summary>True when the pairing is proven optimal over every allowed pair.</summary>
    public bool IsProvenOptimal { get; init; }

    /// <summary>Price-out: pricing passes run over all allowed pairs (0 for a full-graph round).</summary>
    public int PricingPasses { get; init; }

    /// <summary>Edges of the last solve: the candidate graph for price-out, every allowed pair for a full graph.</summary>
    public long CandidateEdges { get; init; }

    /// <summary>Price-out: the largest dual violation found by the last pass, in the certificate's doubled units (0 when proven optimal).</summary>
    public long MaxViolation { get; init; }

    /// <summary>A proven bound on how much weight an optimal round could have beyond this one (0 when proven optimal).</summary>
    public long GapBound { get; init; }

    /// <summary>The weight every edge starts with, so that one more pair always outweighs anything else.</summary>
    public long CardinalityBonus { get; init; }

    /// <summary>The weight of one relaxation level, larger than any two rounds' totals of scores can differ.</summary>
    public long LevelBonus { get; init; }

    /// <summary>The number of rules the policy may relax (the levels above zero).</summary>
    public int Levels { get; init; }

    /// <summary>Price-out: the members in the solver's vertex order (the round's available members, minus a sitter).</summary>
    public ValueArray<string> VertexMemberIds { get; init; } = [];

    /// <summary>Price-out: the solver's dual solution over <see cref="VertexMemberIds"/>; null for a full-graph round.</summary>
    public MatchingCertificate? Duals { get; init; }

    /// <summary>The weight of a pair at relaxation <paramref name="level"/> with <paramref name="score"/>.</summary>
    /// <param name="level">0 when no rule is relaxed, up to <see cref="Levels"/>.</param>
    /// <param name="score">The pair's score.</param>
    public long EdgeWeight(int level, int score) => CardinalityBonus + ((Levels - level) * LevelBonus) + score;

    /// <inheritdoc/>
    public bool Equals(RoundCertificate? other) =>
        other is not null && Method == other.Method && IsProvenOptimal == other.IsProvenOptimal && PricingPasses == other.PricingPasses
        && CandidateEdges == other.CandidateEdges && MaxViolation == other.MaxViolation && GapBound == other.GapBound
        && CardinalityBonus == other.CardinalityBonus && LevelBonus == other.LevelBonus && Levels == other.Levels
        && VertexMemberIds == other.VertexMemberIds
        && (Duals is null ? other.Duals is null : other.Duals is not null && Duals.VertexDuals == other.Duals.VertexDuals);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Method, IsProvenOptimal, PricingPasses, CandidateEdges, GapBound, VertexMemberIds);
}
