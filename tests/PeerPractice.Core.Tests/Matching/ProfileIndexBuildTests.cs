using PeerPractice.Matching;
using static PeerPractice.Core.Tests.Matching.TestMembers;

namespace PeerPractice.Core.Tests.Matching;

/// <summary>
/// Building the index from profiles the loaders never saw: a repeated id, more languages than the mask holds,
/// members without a metro. Each is refused with words or read as the scorer reads it.
/// </summary>
public sealed class ProfileIndexBuildTests
{
    [Fact]
    public void A_repeated_member_id_is_refused_with_the_id_and_where()
    {
        var error = Assert.Throws<ArgumentException>(() => ProfileIndex.Build([Make("a", "Acme"), Make("b", "Bolt"), Make("a", "Crane")], MatchingPolicy.Default));
        Assert.Equal("members", error.ParamName);
        Assert.StartsWith("Duplicate member id 'a' at index 2.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sixty_four_languages_fit_and_a_sixty_fifth_is_refused()
    {
        var members = Enumerable.Range(0, 64).Select(i => Make($"m{i}", $"Org {i}") with { Languages = [$"l{i}"] }).ToList();
        var index = ProfileIndex.Build(members, MatchingPolicy.Default);
        Assert.Equal(HardRules.NoCommonLanguage, index.Check(0, 63, Day) & HardRules.NoCommonLanguage);

        members.Add(Make("m64", "Org 64") with { Languages = ["l64"] });
        var error = Assert.Throws<ArgumentException>(() => ProfileIndex.Build(members, MatchingPolicy.Default));
        Assert.Equal("members", error.ParamName);
        Assert.StartsWith("The index supports at most 64 distinct languages.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Members_without_a_metro_never_meet_in_person()
    {
        var a = Make("a", "Acme", metro: "") with { Formats = MeetingFormats.InPerson };
        var b = Make("b", "Bolt", metro: "") with { Formats = MeetingFormats.InPerson };
        var index = ProfileIndex.Build([a, b], MatchingPolicy.Default);

        Assert.Equal(HardRules.NoCommonFormat, index.Check(0, 1, Day) & HardRules.NoCommonFormat);
        Assert.Equal(new MatchScorer(MatchingPolicy.Default).Check(a, b, Day), index.Check(0, 1, Day));
    }
}
