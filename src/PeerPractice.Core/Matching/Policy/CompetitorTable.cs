using System;
using System.Collections.Generic;

namespace PeerPractice.Matching;

/// <summary>Answers "do these two organizations compete?" from a policy's competitor groups.</summary>
internal sealed class CompetitorTable
{
    private readonly Dictionary<string, List<int>> _groupsByOrganization = new(StringComparer.OrdinalIgnoreCase);

    public CompetitorTable(MatchingPolicy policy)
    {
        for (var g = 0; g < policy.Competitors.Count; g++)
        {
            foreach (var organization in policy.Competitors[g].Organizations)
            {
                if (!_groupsByOrganization.TryGetValue(organization, out var groups))
                {
                    _groupsByOrganization[organization] = groups = [];
                }

                groups.Add(g);
            }
        }
    }

    public bool IsEmpty => _groupsByOrganization.Count == 0;

    public bool Compete(string organizationA, string organizationB)
    {
        if (string.Equals(organizationA, organizationB, StringComparison.OrdinalIgnoreCase)
            || !_groupsByOrganization.TryGetValue(organizationA, out var groupsA)
            || !_groupsByOrganization.TryGetValue(organizationB, out var groupsB))
        {
            return false;
        }

        foreach (var g in groupsA)
        {
            if (groupsB.Contains(g))
            {
                return true;
            }
        }

        return false;
    }
}
