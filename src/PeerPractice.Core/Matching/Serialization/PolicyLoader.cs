using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using PeerPractice.Collections;

namespace PeerPractice.Matching;

/// <summary>Reads a <see cref="MatchingPolicy"/> from JSON; absent fields keep their defaults.</summary>
public static class PolicyLoader
{
    /// <summary>Parses a policy.</summary>
    /// <param name="json">The file's text.</param>
    /// <returns>The policy (null when there are problems) and the problems.</returns>
    public static (MatchingPolicy? Policy, ValueArray<LoadProblem> Problems) Load(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        PolicyDocument? d;
        try
        {
            d = JsonSerializer.Deserialize(json, MatchingJsonContext.Default.PolicyDocument);
        }
        catch (JsonException ex)
        {
            return (null, [new LoadProblem("PPM001", ex.Message, ex.Path ?? "$", Line: ex.LineNumber + 1, Column: ex.BytePositionInLine + 1)]);
        }

        if (d is null)
        {
            return (null, [new LoadProblem("PPM001", "Expected a policy object.", "$")]);
        }

        var problems = new List<LoadProblem>();
        var defaults = MatchingPolicy.Default;
        var w = d.Weights ?? new WeightsDocument();
        var dw = defaults.Weights;
        var weights = new ScoreWeights
        {
            Role = w.Role ?? dw.Role,
            SharedConcern = w.SharedConcern ?? dw.SharedConcern,
            Complementarity = w.Complementarity ?? dw.Complementarity,
            Industry = w.Industry ?? dw.Industry,
            Size = w.Size ?? dw.Size,
            PlaceAndTime = w.PlaceAndTime ?? dw.PlaceAndTime,
            History = w.History ?? dw.History,
            MaxSharedConcerns = w.MaxSharedConcerns ?? dw.MaxSharedConcerns,
            MaxComplementary = w.MaxComplementary ?? dw.MaxComplementary,
        };
        if (new[] { weights.Role, weights.SharedConcern, weights.Complementarity, weights.Industry, weights.Size, weights.PlaceAndTime, weights.History, weights.MaxSharedConcerns, weights.MaxComplementary }.Any(v => v is < 0 or > 10_000))
        {
            problems.Add(new("PPM010", "Weights and caps must be integers from 0 to 10000.", "$.weights"));
        }

        foreach (var (value, name) in new[] { (d.CoolDownDays, "coolDownDays"), (d.MaxConcurrentPeers, "maxConcurrentPeers"), (d.MinVirtualOverlapMinutes, "minVirtualOverlapMinutes") })
        {
            if (value is < 0)
            {
                problems.Add(new("PPM010", $"\"{name}\" cannot be negative.", "$." + name));
            }
        }

        var order = d.RelaxationOrder ?? [.. defaults.RelaxationOrder];
        for (var i = 0; i < order.Length; i++)
        {
            if ((order[i] & HardRules.NeverRelaxable) != 0 || order[i] == HardRules.None)
            {
                problems.Add(new("PPM011", $"The rule '{order[i]}' may not relax (same organization, private exclusions, language and availability never do).",
                    string.Create(CultureInfo.InvariantCulture, $"$.relaxationOrder[{i}]")));
            }
        }

        var pairs = d.ExcludedPairs ?? [];
        for (var i = 0; i < pairs.Length; i++)
        {
            if (pairs[i] is not { Length: 2 })
            {
                problems.Add(new("PPM010", "An excluded pair lists exactly two member ids.", string.Create(CultureInfo.InvariantCulture, $"$.excludedPairs[{i}]")));
            }
        }

        if (problems.Count > 0)
        {
            return (null, problems.ToValueArray());
        }

        return (new MatchingPolicy
        {
            Weights = weights,
            Industry = d.Industry ?? defaults.Industry,
            CoolDownDays = d.CoolDownDays ?? defaults.CoolDownDays,
            MaxConcurrentPeers = d.MaxConcurrentPeers ?? defaults.MaxConcurrentPeers,
            MinVirtualOverlapMinutes = d.MinVirtualOverlapMinutes ?? defaults.MinVirtualOverlapMinutes,
            Competitors = (d.Competitors ?? []).Select(g => new CompetitorGroup(g.ToValueArray())).ToValueArray(),
            ExcludedPairs = pairs.Select(p => new ExcludedPair(p[0], p[1])).ToValueArray(),
            RelaxationOrder = order.ToValueArray(),
            OddCount = d.OddCount ?? defaults.OddCount,
        }, []);
    }
}
