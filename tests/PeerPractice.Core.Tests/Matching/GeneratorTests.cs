using PeerPractice.Samples;

namespace PeerPractice.Core.Tests.Matching;

public class GeneratorTests
{
    [Fact]
    public void Same_seed_gives_the_same_members_and_another_seed_does_not()
    {
        Assert.Equal(MemberGenerator.Generate(300, 42), MemberGenerator.Generate(300, 42));
        Assert.NotEqual(MemberGenerator.Generate(300, 42), MemberGenerator.Generate(300, 43));
    }

    [Fact]
    public void Members_are_plausible()
    {
        var members = MemberGenerator.Generate(1000, 1);
        Assert.Equal(1000, members.Select(m => m.Id).Distinct().Count());
        Assert.All(members, m => Assert.Empty(m.Concerns.Intersect(m.Strengths)));
        Assert.All(members, m => Assert.DoesNotContain(m.Id, m.DoNotPair));
        Assert.True(members.Count(m => m.RoleFamily == PeerPractice.Matching.RoleFamily.TechnologyLeadership) > 500);
        Assert.True(members.Select(m => m.Organization).Distinct().Count() > 100);
    }
}
