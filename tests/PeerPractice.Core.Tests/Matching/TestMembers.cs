using PeerPractice.Matching;

namespace PeerPractice.Core.Tests.Matching;

/// <summary>Small hand-made profiles for rule examples.</summary>
internal static class TestMembers
{
    public static readonly DateOnly Day = new(2026, 11, 23);

    /// <summary>A catalog of topics the built-in one lacks: a planner given it must read it, or the profiles are refused.</summary>
    public static TopicCatalog HarbourCatalog { get; } = new([
        new Topic("harbour-logistics", "Harbour logistics", TopicOrigin.Custom, "Ports.", ["What moves?"]),
        new Topic("cold-chain", "Cold chain", TopicOrigin.Custom, "Keeping it cold.", ["What breaks?"]),
    ]);

    public static MemberProfile Make(string id, string organization, string metro = "London", string industry = "retail") => new()
    {
        Id = id,
        Name = "Member " + id,
        Organization = organization,
        Industry = industry,
        Title = "CIO",
        RoleFamily = RoleFamily.TechnologyLeadership,
        RoleLevel = RoleLevel.Executive,
        OrganizationSize = OrganizationSize.Large,
        Metro = metro,
        UtcOffsetMinutes = 0,
        Concerns = ["cybersecurity", "ai-integration"],
        Strengths = ["service-management"],
        Languages = ["en"],
    };
}
