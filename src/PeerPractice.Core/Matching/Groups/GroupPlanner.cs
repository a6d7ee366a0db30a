using System;
using System.Collections.Generic;
using System.Globalization;
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
    /// <summary>The penalty for a relaxable rule broken, or a repeated pair, at one table: larger than any achievable affinity.</summary>
    internal const long Penalty = 1_000_000_000;

    /// <summary>The penalty for a pair no table may hold (the policy does not relax it): larger than any number of relaxable ones.</summary>
    internal const long HardPenalty = Penalty * 1_000;

    /// <summary>The most members seated by one search (its tables are n x n); larger cohorts are cut into blocks of about this size.</summary>
    internal const int BlockSize = 600;

    private readonly MatchingPolicy _policy;
    private readonly PairingHistory _history;
    private readonly TopicCatalog _topics;

    /// <summary>Creates a planner.</summary>
    /// <param name="policy">Weights and rules (industry preference does not apply: tables want similar backgrounds).</param>
    /// <param name="history">Past pairings (empty when null): cool-downs, poor fits and "meet everyone first" apply to tables as to pairs.</param>
    /// <param name="topics">The topic catalog (<see cref="TopicCatalog.BuiltIn"/> when null).</param>
    public GroupPlanner(MatchingPolicy policy, PairingHistory? history = null, TopicCatalog? topics = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        _policy = policy;
        _history = history ?? PairingHistory.Empty;
        _topics = topics ?? TopicCatalog.BuiltIn;
    }

    /// <summary>Plans the rounds.</summary>
    /// <param name="members">The cohort.</param>
    /// <param name="day">The day of the first round (snoozes and cool-downs are evaluated for it).</param>
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

        var index = ProfileIndex.Build(members, _policy, _history, _topics);
        var notSeated = new List<UnmatchedMember>();
        var seated = new List<int>();
        for (var i = 0; i < members.Count; i++)
        {
            var m = members[i];
            if (index.IsAvailable(i, day.DayNumber, SuggestionKind.Table))
            {
                seated.Add(i);
            }
            else
            {
                notSeated.Add(new(m.Id, UnmatchedReason.NotAvailable, m.IsSnoozedOn(day) ? "Not seated: snoozed." : "Not seated: opted out of group tables.", []));
            }
        }

        // The fewest tables that hold everyone; if sizes cannot fit everyone, the last in seeded order wait, and are told so.
        var tables = (seated.Count + options.MaxSize - 1) / options.MaxSize;
        while (seated.Count > 0 && tables * options.MinSize > seated.Count)
        {
            var left = members[seated[^1]];
            seated.RemoveAt(seated.Count - 1);
            notSeated.Add(new(left.Id, UnmatchedReason.EligiblePeersTaken, "Not seated: table sizes could not fit everyone this time.", []));
            tables = (seated.Count + options.MaxSize - 1) / options.MaxSize;
        }

        // Large cohorts are seated block by block (members of similar background together, each block with its share of
        // the tables), so that memory and search grow with the block, not with the cohort squared.
        var blocks = Blocks(members, seated, tables, BlockSize);
        var rounds = new List<GroupRound>[blocks.Count];
        for (var b = 0; b < blocks.Count; b++)
        {
            options.Progress?.Report(new RoundProgress("table blocks", b, blocks.Count));
            rounds[b] = PlanBlock(members, index, blocks[b].Seated, blocks[b].Tables, day, options, SearchSeeds.Derive(seed, b), notSeated);
        }

        options.Progress?.Report(new RoundProgress("table blocks", blocks.Count, blocks.Count));
        var merged = new List<GroupRound>();
        for (var r = 0; blocks.Count > 0 && r < rounds[0].Count; r++)
        {
            merged.Add(blocks.Count == 1 ? rounds[0][r] : new GroupRound(r + 1,
                rounds.SelectMany(block => block[r].Tables).ToValueArray(),
                rounds.Sum(block => block[r].TotalAffinity),
                rounds.Sum(block => block[r].RepeatedPairs),
                rounds.Sum(block => block[r].RuleViolations)));
        }

        return new GroupPlan(merged.ToValueArray(), notSeated.ToValueArray());
    }

    /// <summary>
    /// One block for a cohort up to <paramref name="blockSize"/> (<see cref="BlockSize"/> in a plan; smaller in the
    /// tests); beyond, the seated members in order of role family, industry, level and size (what table affinity
    /// rewards), cut into blocks whose sizes follow their table counts, so every block can fill its tables within
    /// the size limits.
    /// </summary>
    internal static List<(List<int> Seated, int Tables)> Blocks(IReadOnlyList<MemberProfile> members, List<int> seated, int tables, int blockSize)
    {
        var count = Math.Max(1, (seated.Count + blockSize - 1) / blockSize);
        if (count == 1 || tables < 2)
        {
            return [(seated, tables)];
        }

        count = Math.Min(count, tables);
        var ordered = seated.OrderBy(i => members[i].RoleFamily).ThenBy(i => members[i].Industry, StringComparer.OrdinalIgnoreCase)
            .ThenBy(i => members[i].RoleLevel).ThenBy(i => members[i].OrganizationSize).ThenBy(i => i).ToList();
        var result = new List<(List<int>, int)>(count);
        int tablesBefore = 0, membersBefore = 0;
        for (var b = 0; b < count; b++)
        {
            var blockTables = (tables / count) + (b < tables % count ? 1 : 0);
            var membersAfter = (int)Math.Round((double)seated.Count * (tablesBefore + blockTables) / tables, MidpointRounding.AwayFromZero);
            result.Add((ordered.GetRange(membersBefore, membersAfter - membersBefore), blockTables));
            tablesBefore += blockTables;
            membersBefore = membersAfter;
        }

        return result;
    }

    /// <summary>Every round for one block of seated members (indexes into <paramref name="members"/>) at its tables.</summary>
    private List<GroupRound> PlanBlock(IReadOnlyList<MemberProfile> members, ProfileIndex index, List<int> seated, int tables, DateOnly day, GroupOptions options, int seed, List<UnmatchedMember> notSeated)
    {
        // The shared check, plus competitors; what the policy may relax costs a penalty, the rest may never share a table.
        var ladder = new RelaxationLadder(_policy);
        var n = seated.Count;
        var baseValue = new long[n, n];
        var level = new int[n, n];
        for (var a = 0; a < n; a++)
        {
            for (var b = a + 1; b < n; b++)
            {
                var rules = index.Controls(seated[a], seated[b], day.DayNumber, SuggestionKind.Table) | (index.Compete(seated[a], seated[b]) ? HardRules.Competitor : HardRules.None);
                level[a, b] = level[b, a] = ladder.LevelOf(rules);
                baseValue[a, b] = baseValue[b, a] = index.TableAffinity(seated[a], seated[b]);
            }
        }

        var satTogether = new bool[n, n];
        if (options.AvoidPastPairs)
        {
            for (var a = 0; a < n; a++)
            {
                for (var b = a + 1; b < n; b++)
                {
                    satTogether[a, b] = satTogether[b, a] = _history.Between(members[seated[a]].Id, members[seated[b]].Id).Any(r => r.CountsAsPeers);
                }
            }
        }

        var rounds = new List<GroupRound>();
        for (var r = 0; r < options.Rounds && tables > 0; r++)
        {
            var value = new long[n, n];
            for (var a = 0; a < n; a++)
            {
                for (var b = 0; b < n; b++)
                {
                    value[a, b] = a == b ? 0 : baseValue[a, b] - PenaltyOf(level[a, b]) - (satTogether[a, b] ? Penalty : 0);
                }
            }

            var tableOf = TableSearch.Solve(value, tables, options.MinSize, options.MaxSize, SearchSeeds.Derive(seed, r), options.Restarts);
            foreach (var v in LeaveOutForbidden(tableOf, level))
            {
                // Worded alike for every rule, so that nobody can infer a confidential list.
                notSeated.Add(new(members[seated[v]].Id, UnmatchedReason.NoEligiblePeer,
                    string.Create(CultureInfo.InvariantCulture, $"Not seated in round {r + 1}: no table could seat you under the programme's rules this time."), []));
            }

            rounds.Add(BuildRound(r + 1, members, seated, tableOf, tables, baseValue, level, satTogether));
            for (var a = 0; a < n; a++)
            {
                for (var b = 0; b < n; b++)
                {
                    satTogether[a, b] |= a != b && tableOf[a] >= 0 && tableOf[a] == tableOf[b];
                }
            }
        }

        return rounds;
    }

    private static long PenaltyOf(int level) => level switch
    {
        0 => 0,
        RelaxationLadder.Forbidden => HardPenalty,
        _ => Penalty,
    };

    /// <summary>
    /// Takes anyone out of their table who still shares it with someone they may never sit with (the search
    /// only avoids such pairs when it can): the member with the most such conflicts first, until none is left.
    /// </summary>
    private static List<int> LeaveOutForbidden(int[] tableOf, int[,] level)
    {
        var left = new List<int>();
        foreach (var table in Enumerable.Range(0, tableOf.Length).Where(v => tableOf[v] >= 0).GroupBy(v => tableOf[v]))
        {
            var at = table.ToList();
            while (true)
            {
                int worst = -1, worstCount = 0;
                foreach (var a in at)
                {
                    var count = at.Count(b => level[a, b] == RelaxationLadder.Forbidden && a != b);
                    if (count > worstCount)
                    {
                        (worst, worstCount) = (a, count);
                    }
                }

                if (worst < 0)
                {
                    break;
                }

                tableOf[worst] = -1;
                at.Remove(worst);
                left.Add(worst);
            }
        }

        left.Sort();
        return left;
    }

    private static GroupRound BuildRound(int number, IReadOnlyList<MemberProfile> members, List<int> seated, int[] tableOf, int tables, long[,] baseValue, int[,] level, bool[,] satTogether)
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
                    violations += level[at[x], at[y]] > 0 ? 1 : 0;
                }
            }

            result.Add(new Table(at.Select(v => members[seated[v]].Id).ToValueArray(), affinity));
        }

        return new GroupRound(number, result.ToValueArray(), result.Sum(t => t.Affinity), repeats, violations);
    }
}
