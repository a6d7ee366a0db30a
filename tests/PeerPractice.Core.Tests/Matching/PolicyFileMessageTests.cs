using PeerPractice.Core.Tests.Problems;
using PeerPractice.Matching;

namespace PeerPractice.Core.Tests.Matching;

/// <summary>
/// What a policy file's author reads: every problem's id, span, JSON path and whole message, and that every
/// field a valid file sets reaches the policy (zero included). Files are written on one line with ' for ".
/// </summary>
public sealed class PolicyFileMessageTests
{
    public static TheoryData<string, string> Files => new()
    {
        { "[1]", "PPM001 1:1-1:4 $ The document is an array. Expected a policy object, such as { \"coolDownDays\": 90 }." },
        { "{'colour':1}", "PPM015 1:2-1:10 $.colour Unknown property \"colour\"; it would be ignored. Fix its spelling or delete it (expected weights, industry, coolDownDays, maxConcurrentPeers, minVirtualOverlapMinutes, competitors, excludedPairs, relaxationOrder or oddCount)." },
        { "{'maxConcurrentPeers':-1}", "PPM010 1:23-1:25 $.maxConcurrentPeers \"maxConcurrentPeers\" cannot be negative." },
        { "{'minVirtualOverlapMinutes':-5}", "PPM010 1:29-1:31 $.minVirtualOverlapMinutes \"minVirtualOverlapMinutes\" cannot be negative." },
        { "{'coolDownDays':-1}", "PPM010 1:17-1:19 $.coolDownDays \"coolDownDays\" cannot be negative." },
        { "{'weights':{'role':-1}}", "PPM010 1:12-1:23 $.weights Weights and caps must be integers from 0 to 10000." },
        { "{'weights':{'role':10001}}", "PPM010 1:12-1:26 $.weights Weights and caps must be integers from 0 to 10000." },
        { "{'weights':{'rank':1}}", "PPM015 1:13-1:19 $.weights.rank Unknown property \"rank\"; it would be ignored. Fix its spelling or delete it (expected role, sharedConcern, complementarity, industry, size, placeAndTime, history, maxSharedConcerns or maxComplementary)." },
        { "{'weights':[1]}", "PPM001 1:12-1:15 $.weights \"weights\" is an array. Write an object of weights, such as { \"role\": 50 }." },
        { "{'competitors':{'a':1}}", "PPM001 1:16-1:23 $.competitors \"competitors\" is an object. Write an array of arrays of organization names, such as [[\"Acme\", \"Globex\"]]." },
        { "{'competitors':[[1]]}", "PPM001 1:18-1:19 $.competitors[0][0] The element $.competitors[0][0] is the number 1; write text in double quotes." },
        { "{'excludedPairs':{'a':1}}", "PPM001 1:18-1:25 $.excludedPairs \"excludedPairs\" is an object. Write an array of pairs of member ids, such as [[\"a\", \"b\"]]." },
        { "{'excludedPairs':[['a','b','c']]}", "PPM010 1:19-1:32 $.excludedPairs[0] An excluded pair lists exactly two member ids." },
        { "{'excludedPairs':[['a']]}", "PPM010 1:19-1:24 $.excludedPairs[0] An excluded pair lists exactly two member ids." },
        { "{'excludedPairs':[1]}", "PPM001 1:19-1:20 $.excludedPairs[0] The element $.excludedPairs[0] is the number 1. Write an array of strings, such as [\"a\", \"b\"]." },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_mistake_is_one_problem_with_its_place_and_advice(string file, string expected)
    {
        var result = PolicyLoader.Load(file.Replace('\'', '"'), "p.json");

        Assert.Null(result.Value);
        Assert.All(result.Problems, p => Assert.Equal("p.json", p.Source));
        Assert.Equal(expected, ProblemLines.Of(result.Problems));
    }

    [Fact]
    public void Every_weight_and_count_a_file_sets_reaches_the_policy_zero_included()
    {
        var file = "{'$schema':'x','weights':{'role':1,'sharedConcern':2,'complementarity':3,'industry':4,'size':5,'placeAndTime':6,'history':7,'maxSharedConcerns':8,'maxComplementary':9},"
            + "'coolDownDays':0,'maxConcurrentPeers':0,'minVirtualOverlapMinutes':0}";

        var policy = PolicyLoader.Load(file.Replace('\'', '"'), "p.json").Value!;

        Assert.Equal(new ScoreWeights { Role = 1, SharedConcern = 2, Complementarity = 3, Industry = 4, Size = 5, PlaceAndTime = 6, History = 7, MaxSharedConcerns = 8, MaxComplementary = 9 }, policy.Weights);
        Assert.Equal((0, 0, 0), (policy.CoolDownDays, policy.MaxConcurrentPeers, policy.MinVirtualOverlapMinutes));
    }

    [Fact]
    public void Competitor_groups_and_excluded_pairs_keep_every_entry_in_order()
    {
        var policy = PolicyLoader.Load("{'competitors':[['Acme','Globex'],['Initech','Hooli']],'excludedPairs':[['a','b'],['c','d']]}".Replace('\'', '"'), "p.json").Value!;

        Assert.Equal([["Acme", "Globex"], ["Initech", "Hooli"]], policy.Competitors.Select(g => g.Organizations.ToArray()));
        Assert.Equal([new ExcludedPair("a", "b"), new ExcludedPair("c", "d")], policy.ExcludedPairs);
    }

}
