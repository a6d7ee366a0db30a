using PeerPractice.Matching;

namespace PeerPractice.Core.Tests.Matching;

/// <summary>Small hand-made profiles for rule examples.</summary>
internal static class TestMembers
{
    public static readonly DateOnly Day = new(2026, 11, 23);

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
