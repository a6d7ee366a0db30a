using System.Globalization;
using PeerPractice.Matching;
using PeerPractice.Samples;

namespace PeerPractice.ConsoleHost.Commands.Demo;

/// <summary>The demo's peer-matching section: a round of pairs on the default cohort, and one member's top matches, with reasons.</summary>
internal static class MatchingDemo
{
    public const int Seed = 1;

    public static void Run(HostContext context)
    {
        var output = context.Out;
        var members = DefaultMembers.All;
        var day = DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime);
        var policy = MatchingPolicy.Default;
        var scorer = new MatchScorer(policy);
        var byId = members.ToDictionary(m => m.Id, StringComparer.Ordinal);

        output.WriteLine();
        output.WriteLine("== Peer matching ==");
        var round = new CohortRoundPlanner(policy).Plan(members.AsSpan().ToArray(), day, Seed);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"A round for the default cohort of {members.Count} members on {day:yyyy-MM-dd} (seed {Seed}): {round.Matches.Count} matches ({round.Matches.Count(m => m.IsTrio)} trio), {round.Unmatched.Count} without a peer, total score {round.TotalScore}."));
        foreach (var match in round.Matches.Take(5))
        {
            var a = byId[match.MemberIds[0]];
            var b = byId[match.MemberIds[1]];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {Describe(a)}  +  {Describe(b)}   score {match.Score}"));
            output.WriteLine($"      why, as told to {a.Name}:");
            foreach (var reason in TopReasons(scorer.Explain(a, b), 3))
            {
                output.WriteLine("        " + reason);
            }
        }

        if (round.Matches.Count > 5)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ... and {round.Matches.Count - 5} more (run `match` for all of them)."));
        }

        output.WriteLine("Without a peer this round (nobody is dropped silently):");
        foreach (var group in round.Unmatched.GroupBy(u => u.Reason))
        {
            var first = group.First();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {group.Key}: {group.Count()} member(s), e.g. {byId[first.MemberId].Name}: {first.Explanation}"));
        }

        var index = ProfileIndex.Build(members.AsSpan().ToArray(), policy);
        var me = members.First(m => scorer.UnavailableReason(m, day) is null);
        output.WriteLine();
        output.WriteLine($"Top 3 peers for {Describe(me)}:");
        foreach (var top in index.TopK(index.IndexOf(me.Id), 3, day))
        {
            var peer = byId[top.MemberId];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {top.Score,4}  {Describe(peer)}"));
            foreach (var reason in TopReasons(scorer.Explain(me, peer), 3))
            {
                output.WriteLine("        " + reason);
            }
        }

        var list = members.AsSpan().ToArray();
        Tables(context, list, day);
        Visits(context, me, list, day);
    }

    private static void Tables(HostContext context, IReadOnlyList<MemberProfile> members, DateOnly day)
    {
        var cohort = members.Take(40).ToList();
        var plan = new GroupPlanner(MatchingPolicy.Default).Plan(cohort, day, new GroupOptions { MinSize = 4, MaxSize = 5, Rounds = 3 }, Seed);
        context.Out.WriteLine();
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Breakfast tables for the first {cohort.Count} members, 3 rounds of tables of 4..5: {string.Join(" | ", plan.Rounds.Select(r => $"round {r.Number}: {r.Tables.Count} tables, {r.RepeatedPairs} repeated pairs"))}; not seated: {plan.NotSeated.Count}."));
    }

    private static void Visits(HostContext context, MemberProfile visitor, IReadOnlyList<MemberProfile> members, DateOnly day)
    {
        context.Out.WriteLine();
        context.Out.WriteLine($"Site-visit targets for {visitor.Name} (objectives: their concerns):");
        foreach (var target in new SiteVisitPlanner().Rank(visitor, members, day, count: 2))
        {
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {target.Score,4}  {target.Organization}: ask for {string.Join(", ", target.Hosts.Take(2).Select(id => members.First(m => m.Id == id).Name))}"));
            context.Out.WriteLine("        " + target.Reasons[0]);
        }
    }

    internal static string Describe(MemberProfile m) => $"{m.Name} ({m.Title}, {m.Organization}, {m.Metro})";

    internal static IEnumerable<string> TopReasons(ScoreBreakdown breakdown, int count) =>
        breakdown.Components.Where(c => c.Points > 0).OrderByDescending(c => c.Points).Take(count)
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"+{c.Points,-3} {c.Reason}"));
}
