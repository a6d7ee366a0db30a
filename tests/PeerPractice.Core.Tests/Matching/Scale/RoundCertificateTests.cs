using PeerPractice.Matching;

namespace PeerPractice.Core.Tests.Matching.Scale;

/// <summary>
/// A round's certificate is a value: two are equal exactly when every field is, the duals compared by value and a
/// missing certificate of the duals equal only to another missing one; equal certificates hash alike.
/// </summary>
public sealed class RoundCertificateTests
{
    private static readonly RoundCertificate _full = new()
    {
        Method = RoundSolveMethod.FullGraph,
        IsProvenOptimal = true,
        PricingPasses = 2,
        CandidateEdges = 40,
        MaxViolation = 0,
        GapBound = 3,
        CardinalityBonus = 1_000,
        LevelBonus = 100,
        Levels = 2,
        VertexMemberIds = ["a", "b"],
        Duals = new MatchingCertificate([5, 7], []),
    };

    public static TheoryData<string> Fields => new()
    {
        "Method", "IsProvenOptimal", "PricingPasses", "CandidateEdges", "MaxViolation", "GapBound", "CardinalityBonus", "LevelBonus", "Levels", "VertexMemberIds", "Duals", "DualsMissing",
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public void Certificates_that_differ_in_one_field_are_not_equal(string field)
    {
        var other = field switch
        {
            "Method" => _full with { Method = RoundSolveMethod.Automatic },
            "IsProvenOptimal" => _full with { IsProvenOptimal = false },
            "PricingPasses" => _full with { PricingPasses = 3 },
            "CandidateEdges" => _full with { CandidateEdges = 41 },
            "MaxViolation" => _full with { MaxViolation = 1 },
            "GapBound" => _full with { GapBound = 4 },
            "CardinalityBonus" => _full with { CardinalityBonus = 999 },
            "LevelBonus" => _full with { LevelBonus = 99 },
            "Levels" => _full with { Levels = 3 },
            "VertexMemberIds" => _full with { VertexMemberIds = ["a", "c"] },
            "Duals" => _full with { Duals = new MatchingCertificate([5, 8], []) },
            _ => _full with { Duals = null },
        };

        Assert.False(_full.Equals(other), field);
        Assert.False(other.Equals(_full), field);
    }

    [Fact]
    public void Equal_fields_and_equal_duals_make_equal_certificates_with_equal_hashes()
    {
        var copy = _full with { VertexMemberIds = ["a", "b"], Duals = new MatchingCertificate([5, 7], []) };
        Assert.Equal(_full, copy);
        Assert.Equal(_full.GetHashCode(), copy.GetHashCode());
        Assert.Equal(_full with { Duals = null }, copy with { Duals = null });
        Assert.False(_full.Equals(null));
    }

    [Fact]
    public void An_edge_weighs_the_cardinality_bonus_a_level_bonus_per_level_above_its_own_and_the_score()
    {
        Assert.Equal(1_000 + 200 + 30, _full.EdgeWeight(0, 30));
        Assert.Equal(1_000 + 100 + 30, _full.EdgeWeight(1, 30));
        Assert.Equal(1_000 + 0 + 7, _full.EdgeWeight(2, 7));
    }
}
