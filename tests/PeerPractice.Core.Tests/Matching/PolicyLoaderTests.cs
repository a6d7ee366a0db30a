using PeerPractice.Matching;

namespace PeerPractice.Core.Tests.Matching;

public class PolicyLoaderTests
{
    [Fact]
    public void Policy_fields_load_and_absent_ones_keep_defaults()
    {
        var (policy, problems) = PolicyLoader.Load("""
            {
              "weights": { "role": 50, "sharedConcern": 5 },
              "industry": "RequireDifferent",
              "coolDownDays": 90,
              "competitors": [["Acme", "Globex"]],
              "excludedPairs": [["a", "b"]],
              "relaxationOrder": ["CoolDown", "Industry"],
              "oddCount": "RotatingSitOut"
            }
            """);
        Assert.Empty(problems);
        Assert.NotNull(policy);
        Assert.Equal(50, policy.Weights.Role);
        Assert.Equal(new ScoreWeights().Size, policy.Weights.Size);
        Assert.Equal(IndustryPreference.RequireDifferent, policy.Industry);
        Assert.Equal(90, policy.CoolDownDays);
        Assert.Equal(MatchingPolicy.Default.MaxConcurrentPeers, policy.MaxConcurrentPeers);
        Assert.Equal([HardRules.CoolDown, HardRules.Industry], policy.RelaxationOrder);
        Assert.Equal(OddCountPolicy.RotatingSitOut, policy.OddCount);
        Assert.Equal(new ExcludedPair("a", "b"), Assert.Single(policy.ExcludedPairs));
    }

    [Theory]
    [InlineData("SameOrganization")]
    [InlineData("PrivateExclusion")]
    [InlineData("NoCommonLanguage")]
    public void Rules_that_never_relax_cannot_be_listed(string rule)
    {
        var (policy, problems) = PolicyLoader.Load($$"""{ "relaxationOrder": ["CoolDown", "{{rule}}"] }""");
        Assert.Null(policy);
        var problem = Assert.Single(problems);
        Assert.Equal(("PPM011", "$.relaxationOrder[1]"), (problem.Id, problem.JsonPath));
    }

    [Fact]
    public void Negative_values_are_refused()
    {
        var (policy, problems) = PolicyLoader.Load("""{ "weights": { "role": -1 }, "coolDownDays": -5 }""");
        Assert.Null(policy);
        Assert.Equal(["$.weights", "$.coolDownDays"], problems.Select(p => p.JsonPath));
    }
}
