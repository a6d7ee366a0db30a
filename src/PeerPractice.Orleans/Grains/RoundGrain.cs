using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using Orleans;
using PeerPractice.Matching;

namespace PeerPractice.Orleans.Grains;

/// <summary>One community's rounds: planned where the activation lives, recorded in the shared store.</summary>
internal sealed class RoundGrain(IPairingHistoryStore history, IOptions<SessionGrainOptions> options) : Grain, IRoundGrain
{
    private readonly System.TimeProvider _time = options.Value.Clock ?? System.TimeProvider.System;

    public async Task<RoundReply> Run(RoundRequest request)
    {
        if (request?.MembersJson is null)
        {
            return new RoundReply(0, [], [], ["A round needs the members' profiles."]);
        }

        var loaded = ProfileLoader.Load(request.MembersJson, sourceName: $"<members of {this.GetPrimaryKeyString()}>");
        if (!loaded.Succeeded)
        {
            return new RoundReply(0, [], [], [.. loaded.Problems.Where(p => p.IsError).Select(p => p.ToString())]);
        }

        var members = loaded.Value;
        var round = new CohortRoundPlanner(MatchingPolicy.Default, await history.LoadHistoryAsync()).Plan(members, request.Day, request.Seed);
        var id = await history.RecordRoundAsync(round, _time.GetUtcNow(), members);
        return new RoundReply(
            id,
            [.. round.Matches.Select(m => m.MemberIds.ToImmutableArray())],
            [.. round.Unmatched.Select(u => u.MemberId)],
            []);
    }
}
