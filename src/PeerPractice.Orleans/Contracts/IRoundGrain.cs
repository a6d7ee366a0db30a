using System;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Orleans;

namespace PeerPractice.Orleans;

/// <summary>
/// Rounds of matching for one community (the grain's key): a round runs as grain work on whichever
/// silo holds the activation, so rounds of many communities run in parallel across the cluster. The
/// result is recorded in the shared <c>IPairingHistoryStore</c> like any other round.
/// </summary>
public interface IRoundGrain : IGrainWithStringKey
{
    /// <summary>Plans a round over the community's members, with the stored history, and records it.</summary>
    /// <param name="request">The members and the round's day and seed.</param>
    /// <returns>The stored round, or the problems that stopped it.</returns>
    Task<RoundReply> Run(RoundRequest request);
}

/// <summary>A round to run.</summary>
/// <param name="MembersJson">The community's profiles (<c>{ "members": [...] }</c>, as <c>ProfileLoader</c> reads them).</param>
/// <param name="Day">The round's day.</param>
/// <param name="Seed">The seed; the same inputs and seed give the same round.</param>
[GenerateSerializer]
[Immutable]
[Alias("PeerPractice.RoundRequest")]
public sealed record RoundRequest(
    [property: Id(0)] string MembersJson,
    [property: Id(1)] DateOnly Day,
    [property: Id(2)] int Seed);

/// <summary>A round's outcome.</summary>
/// <param name="RoundId">The stored round's id (0 when refused).</param>
/// <param name="Matches">Each match's member ids (two, or three for a trio).</param>
/// <param name="SatOut">Members left out of this round.</param>
/// <param name="Problems">Why the round was refused (bad profiles); empty when it ran.</param>
[GenerateSerializer]
[Immutable]
[Alias("PeerPractice.RoundReply")]
public sealed record RoundReply(
    [property: Id(0)] long RoundId,
    [property: Id(1)] ImmutableArray<ImmutableArray<string>> Matches,
    [property: Id(2)] ImmutableArray<string> SatOut,
    [property: Id(3)] ImmutableArray<string> Problems);
