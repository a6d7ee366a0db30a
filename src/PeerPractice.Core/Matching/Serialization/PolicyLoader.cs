using System;
using System.Collections.Generic;
using System.Linq;
using PeerPractice.Collections;
using PeerPractice.Json;

namespace PeerPractice.Matching;

/// <summary>
/// Reads a <see cref="MatchingPolicy"/> from JSON with the library's one strict, located reader;
/// absent fields keep their defaults, and every problem is located (<see cref="MatchingProblems"/>).
/// </summary>
public static class PolicyLoader
{
    private const int MaxWeight = 10_000;
    private const string PolicyFields = "weights, industry, coolDownDays, maxConcurrentPeers, minVirtualOverlapMinutes, competitors, excludedPairs, relaxationOrder or oddCount";
    private const string WeightFields = "role, sharedConcern, complementarity, industry, size, placeAndTime, history, maxSharedConcerns or maxComplementary";

    /// <summary>Parses a policy.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="sourceName">Where the text came from (a path or name), for problem locations.</param>
    /// <returns>The policy (null when there are problems) and every problem.</returns>
    public static LoadResult<MatchingPolicy> Load(string json, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var root = LocatedJson.Read(json, sourceName, MatchingProblems.PolicySyntax, out var problems);
        var reader = new JsonValueReader(problems, MatchingProblems.InvalidJson, MatchingProblems.UnknownProperty);
        var policy = root is not null && reader.IsObject(root, "Expected a policy object, such as { \"coolDownDays\": 90 }.")
            ? Read(root, reader)
            : null;
        return new(problems.Count == 0 ? policy : null, problems.ToValueArray());
    }

    private static MatchingPolicy Read(JsonNode root, JsonValueReader reader)
    {
        var defaults = MatchingPolicy.Default;
        var weights = defaults.Weights;
        var industry = defaults.Industry;
        var coolDownDays = defaults.CoolDownDays;
        var maxConcurrentPeers = defaults.MaxConcurrentPeers;
        var minVirtualOverlapMinutes = defaults.MinVirtualOverlapMinutes;
        var competitors = defaults.Competitors;
        var excludedPairs = defaults.ExcludedPairs;
        var relaxationOrder = defaults.RelaxationOrder;
        var oddCount = defaults.OddCount;
        foreach (var m in root.Children)
        {
            switch (m.Name)
            {
                case "weights": weights = ReadWeights(m, reader, weights); break;
                case "industry": industry = reader.Enum<IndustryPreference>(m) ?? industry; break;
                case "coolDownDays": coolDownDays = Count(m, reader) ?? coolDownDays; break;
                case "maxConcurrentPeers": maxConcurrentPeers = Count(m, reader) ?? maxConcurrentPeers; break;
                case "minVirtualOverlapMinutes": minVirtualOverlapMinutes = Count(m, reader) ?? minVirtualOverlapMinutes; break;
                case "competitors": competitors = ReadGroups(m, reader).Select(g => new CompetitorGroup(g.ToValueArray())).ToValueArray(); break;
                case "excludedPairs": excludedPairs = ReadPairs(m, reader); break;
                case "relaxationOrder": relaxationOrder = ReadOrder(m, reader); break;
                case "oddCount": oddCount = reader.Enum<OddCountPolicy>(m) ?? oddCount; break;
                case "$schema": break;
                default: reader.Unknown(m, PolicyFields); break;
            }
        }

        return new MatchingPolicy
        {
            Weights = weights,
            Industry = industry,
            CoolDownDays = coolDownDays,
            MaxConcurrentPeers = maxConcurrentPeers,
            MinVirtualOverlapMinutes = minVirtualOverlapMinutes,
            Competitors = competitors,
            ExcludedPairs = excludedPairs,
            RelaxationOrder = relaxationOrder,
            OddCount = oddCount,
        };
    }

    private static ScoreWeights ReadWeights(JsonNode node, JsonValueReader reader, ScoreWeights w)
    {
        if (!reader.IsObject(node, "Write an object of weights, such as { \"role\": 50 }."))
        {
            return w;
        }

        var outOfRange = false;
        foreach (var m in node.Children)
        {
            if (!IsWeightName(m.Name))
            {
                reader.Unknown(m, WeightFields);
                continue;
            }

            if (reader.Integer(m) is not { } v)
            {
                continue;
            }

            outOfRange |= v is < 0 or > MaxWeight;
            w = m.Name switch
            {
                "role" => w with { Role = v },
                "sharedConcern" => w with { SharedConcern = v },
                "complementarity" => w with { Complementarity = v },
                "industry" => w with { Industry = v },
                "size" => w with { Size = v },
                "placeAndTime" => w with { PlaceAndTime = v },
                "history" => w with { History = v },
                "maxSharedConcerns" => w with { MaxSharedConcerns = v },
                _ => w with { MaxComplementary = v },
            };
        }

        if (outOfRange)
        {
            reader.Problems.Report(MatchingProblems.BadPolicyValue, "Weights and caps must be integers from 0 to 10000.", node);
        }

        return w;
    }

    private static bool IsWeightName(string? name) =>
        name is "role" or "sharedConcern" or "complementarity" or "industry" or "size" or "placeAndTime" or "history" or "maxSharedConcerns" or "maxComplementary";

    private static int? Count(JsonNode node, JsonValueReader reader)
    {
        var value = reader.Integer(node);
        if (value is < 0)
        {
            reader.Problems.Report(MatchingProblems.BadPolicyValue, $"\"{node.Name}\" cannot be negative.", node);
            return null;
        }

        return value;
    }

    private static List<string[]> ReadGroups(JsonNode node, JsonValueReader reader)
    {
        var groups = new List<string[]>();
        if (reader.IsArray(node, "Write an array of arrays of organization names, such as [[\"Acme\", \"Globex\"]]."))
        {
            foreach (var group in node.Children)
            {
                if (reader.Strings(group) is { } names)
                {
                    groups.Add(names);
                }
            }
        }

        return groups;
    }

    private static ValueArray<ExcludedPair> ReadPairs(JsonNode node, JsonValueReader reader)
    {
        var pairs = new List<ExcludedPair>();
        if (!reader.IsArray(node, "Write an array of pairs of member ids, such as [[\"a\", \"b\"]]."))
        {
            return pairs.ToValueArray();
        }

        foreach (var pair in node.Children)
        {
            if (pair.Kind == JsonNodeKind.Array && pair.Children.Length != 2)
            {
                reader.Problems.Report(MatchingProblems.BadPolicyValue, "An excluded pair lists exactly two member ids.", pair);
            }
            else if (reader.Strings(pair) is [var a, var b])
            {
                pairs.Add(new ExcludedPair(a, b));
            }
        }

        return pairs.ToValueArray();
    }

    private static ValueArray<HardRules> ReadOrder(JsonNode node, JsonValueReader reader)
    {
        var order = new List<HardRules>();
        if (!reader.IsArray(node, "Write an array of rule names, such as [\"CoolDown\", \"Industry\"]."))
        {
            return order.ToValueArray();
        }

        foreach (var entry in node.Children)
        {
            if (reader.Enum<HardRules>(entry) is not { } rule)
            {
                continue;
            }

            if ((rule & HardRules.NeverRelaxable) != 0 || rule == HardRules.None)
            {
                reader.Problems.Report(
                    MatchingProblems.RuleMayNotRelax,
                    $"The rule '{rule}' may not relax (same organization, private exclusions, language and availability never do).",
                    entry);
            }
            else
            {
                order.Add(rule);
            }
        }

        return order.ToValueArray();
    }
}
