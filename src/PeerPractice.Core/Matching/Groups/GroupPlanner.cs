using System;
using System.Collections.Generic;
using System.Linq;
using PeerPractice.Collections;

namespace PeerPractice.Matching;

/// <summary>
/// Seats a cohort at tables (breakfasts) for one or more rounds: similar background at each table
/// (role, size, industry, shared concerns) with complementary strengths, never colleagues,
/// competitors or excluded people together, and no pair seated together twice across rounds while
/// avoidable (the social-golfer flavour). A heuristic (local search with restarts); how close it
/// comes to the exact optimum on small cohorts is measured in the tests and in docs/matching.md.
/// </summary>
public sealed class GroupPlanner
{
    /// <summary>The penalty for a forbidden or repeated pair at one table: larger than any achievable affinity.</summary>
    internal const long Penalty = 1_000_000_000;

    private readonly MatchingPolicy _policy;
    private readonly TopicCatalog _topics;

    /// <summary>Creates a planner.</summary>
    /// <param name="policy">Weights and rules (industry preference does not apply: tables want similar backgrounds).</param>
    /// <param name="topics">The topic catalog (<see cref="TopicCatalog.BuiltIn"/> when null).</param>
    public GroupPlanner(MatchingPolicy policy, TopicCatalog? topics = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        _policy = policy;
        _topics = topics ?? TopicCatalog.BuiltIn;
    }

    /// <summary>Plans the rounds.</summary>
    /// <param name="members">The cohort.</param>
    /// <param name="day">The day of the first round (snoozes are evaluated for it).</param>
    /// <param name="options">Table sizes, rounds, restarts.</param>
    /// <param name="seed">The same seed gives the same plan.</param>
    public GroupPlan Plan(IReadOnlyList<MemberProfile> members, DateOnly day, GroupOptions options, int seed)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(options);
        if (options.MinSize < 2 || options.MaxSize < options.MinSize)
        {
            throw new ArgumentException("Table sizes need 2 <= MinSize <= MaxSize.", nameof(options));
        }

        var notSeated = new List<UnmatchedMember>();
        var seated = new List<MemberProfile>();
        foreach (var m in members)
        {
            if ((m.OptOuts & OptOuts.Groups) != 0)
            {
                notSeated.Add(new(m.Id, UnmatchedReason.NotAvailable, "Not seated: opted out of group tables.", []));
            }
            else if (m.IsSnoozedOn(day))
            {
                notSeated.Add(new(m.Id, UnmatchedReason.NotAvailable, "Not seated: snoozed.", []));
            }
            else
            {
                seated.Add(m);
            }
        }

        // The fewest tables that hold everyone; if sizes cannot fit everyone, the last in seeded order wait, and are told so.
        var tables = (seated.Count + options.MaxSize - 1) / options.MaxSize;
        while (seated.Count > 0 && tables * options.MinSize > seated.Count)
        {
            var left = seated[^1];
            seated.RemoveAt(seated.Count - 1);
            notSeated.Add(new(left.Id, UnmatchedReason.EligiblePeersTaken, "Not seated: table sizes could not fit everyone this time.", []));
            tables = (seated.Count + options.MaxSize - 1) / options.MaxSize;
        }

        var index = ProfileIndex.Build(seated, _policy, null, _topics);
        var n = seated.Count;
        var baseValue = new long[n, n];
        var forbidden = new bool[n, n];
        const HardRules TableRules = HardRules.SameOrganization | HardRules.Competitor | HardRules.NamedExclusion | HardRules.PrivateExclusion;
        for (var a = 0; a < n; a++)
        {
            for (var b = a + 1; b < n; b++)
            {
                forbidden[a, b] = forbidden[b, a] = (index.Check(a, b, day) & TableRules) != 0;
                baseValue[a, b] = baseValue[b, a] = index.TableAffinity(a, b);
            }
        }

        var satTogether = new bool[n, n];
        var rounds = new List<GroupRound>();
        for (var r = 0; r < options.Rounds && tables > 0; r++)
        {
            var value = new long[n, n];
            for (var a = 0; a < n; a++)
            {
                for (var b = 0; b < n; b++)
                {
                    value[a, b] = a == b ? 0 : baseValue[a, b] - (forbidden[a, b] ? Penalty : 0) - (satTogether[a, b] ? Penalty : 0);
                }
            }

            var tableOf = TableSearch.Solve(value, tables, options.MinSize, options.MaxSize, HashCode.Combine(seed, r), options.Restarts);
            rounds.Add(BuildRound(r + 1, seated, tableOf, tables, baseValue, forbidden, satTogether));
            for (var a = 0; a < n; a++)
            {
                for (var b = 0; b < n; b++)
                {
                    satTogether[a, b] |= a != b && tableOf[a] == tableOf[b];
                }
            }
        }

        return new GroupPlan(rounds.ToValueArray(), notSeated.ToValueArray());
    }

    private static GroupRound BuildRound(int number, List<MemberProfile> seated, int[] tableOf, int tables, long[,] baseValue, bool[,] forbidden, bool[,] satTogether)
    {
        var result = new List<Table>();
        int repeats = 0, violations = 0;
        for (var t = 0; t < tables; t++)
        {
            var at = Enumerable.Range(0, seated.Count).Where(v => tableOf[v] == t).ToArray();
            long affinity = 0;
            for (var x = 0; x < at.Length; x++)
            {
                for (var y = x + 1; y < at.Length; y++)
                {
                    affinity += baseValue[at[x], at[y]];
                    repeats += satTogether[at[x], at[y]] ? 1 : 0;
                    violations += forbidden[at[x], at[y]] ? 1 : 0;
                }
            }

            result.Add(new Table(at.Select(v => seated[v].Id).ToValueArray(), affinity));
        }

        return new GroupRound(number, result.ToValueArray(), result.Sum(t => t.Affinity), repeats, violations);
    }
}
