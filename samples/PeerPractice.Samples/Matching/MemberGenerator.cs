using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PeerPractice.Collections;
using PeerPractice.Matching;

namespace PeerPractice.Samples;

/// <summary>
/// A seeded generator of realistic synthetic members: organizations with an industry, size and
/// metro; role families and levels weighted towards technology leadership; concerns and strengths
/// from the topic catalog (never both for one topic); a few members' own controls. Same seed, same members.
/// </summary>
public static class MemberGenerator
{
    /// <summary>Generates <paramref name="count"/> members.</summary>
    /// <param name="count">How many.</param>
    /// <param name="seed">The seed; equal seeds give equal lists.</param>
    /// <param name="topics">Topics to draw from: the topic catalog (<see cref="TopicCatalog.BuiltIn"/> when null).</param>
    /// <param name="today">Reference day for snoozes (2026-01-01 when null).</param>
    /// <param name="organizationNames">Optional extra organization names (for example read from a corpus in tests); the project's own lists otherwise.</param>
    public static ValueArray<MemberProfile> Generate(int count, int seed, TopicCatalog? topics = null, DateOnly? today = null, IReadOnlyList<string>? organizationNames = null) =>
        Stream(count, seed, topics, today, organizationNames).ToValueArray();

    /// <summary>
    /// The members of <see cref="Generate"/>, one at a time as they are enumerated (the same members for the
    /// same arguments), so that a file of millions of members can be written without holding them.
    /// Only the organizations (a third of <paramref name="count"/>) are made up front.
    /// </summary>
    /// <param name="count">How many.</param>
    /// <param name="seed">The seed; equal seeds give equal sequences.</param>
    /// <param name="topics">Topics to draw from: the topic catalog (<see cref="TopicCatalog.BuiltIn"/> when null).</param>
    /// <param name="today">Reference day for snoozes (2026-01-01 when null).</param>
    /// <param name="organizationNames">Optional extra organization names; the project's own lists otherwise.</param>
    public static IEnumerable<MemberProfile> Stream(int count, int seed, TopicCatalog? topics = null, DateOnly? today = null, IReadOnlyList<string>? organizationNames = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Members(count, seed, topics ?? TopicCatalog.BuiltIn, today ?? new DateOnly(2026, 1, 1), organizationNames);
    }

    private static IEnumerable<MemberProfile> Members(int count, int seed, TopicCatalog topics, DateOnly day, IReadOnlyList<string>? organizationNames)
    {
#pragma warning disable CA5394 // synthetic data, not security: a seeded, reproducible generator is the point
        var random = new Random(seed);
        var organizationCount = Math.Max(2, count / 3);
        var organizations = new (string Name, string Industry, OrganizationSize Size, int Metro)[organizationCount];
        var timesUsed = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var o = 0; o < organizationCount; o++)
        {
            var (industry, endings) = Pick(random, WordLists.Industries);
            var name = organizationNames is { Count: > 0 }
                ? organizationNames[random.Next(organizationNames.Count)]
                : $"{Pick(random, WordLists.OrganizationFirst)} {Pick(random, endings)}";

            // Names repeat only in large cohorts; a numeric suffix keeps organizations distinct.
            var used = timesUsed.GetValueOrDefault(name);
            timesUsed[name] = used + 1;
            var unique = used == 0 ? name : $"{name} {(used + 1).ToString(CultureInfo.InvariantCulture)}";

            organizations[o] = (unique, industry, (OrganizationSize)random.Next(1, 5), random.Next(WordLists.Metros.Length));
        }

        var topicCount = topics.Topics.Count;
        var order = Enumerable.Range(0, topicCount).ToArray();
        for (var i = 0; i < count; i++)
        {
            var org = organizations[random.Next(organizationCount)];
            var family = random.NextDouble() < 0.6 ? RoleFamily.TechnologyLeadership : (RoleFamily)random.Next(1, 5);
            var level = (RoleLevel)random.Next(1, 5);
            var (metro, offset, language) = WordLists.Metros[org.Metro];
            random.Shuffle(order);
            var concerns = random.Next(1, 5);
            var strengths = random.Next(1, 5);
            var from = random.Next(7, 11);
            var roll = random.NextDouble();
            yield return new MemberProfile
            {
                Id = "m" + i.ToString("D5", CultureInfo.InvariantCulture),
                Name = $"{Pick(random, WordLists.FirstNames)} {Pick(random, WordLists.LastNames)}",
                Organization = org.Name,
                Industry = org.Industry,
                Title = WordLists.Titles[(int)family][(int)level - 1],
                RoleFamily = family,
                RoleLevel = level,
                OrganizationSize = org.Size,
                Metro = metro,
                UtcOffsetMinutes = offset,
                AvailableFromHour = from,
                AvailableToHour = from + random.Next(6, 10),
                Concerns = order.Take(concerns).Select(t => topics.Topics[t].Id).ToValueArray(),
                Strengths = order.Skip(concerns).Take(strengths).Select(t => topics.Topics[t].Id).ToValueArray(),
                Formats = random.NextDouble() switch { < 0.5 => MeetingFormats.Any, < 0.75 => MeetingFormats.Virtual, _ => MeetingFormats.InPerson },
                Cadence = (MeetingCadence)random.Next(1, 4),
                Languages = (language is not null && random.NextDouble() < 0.4 ? new[] { "en", language } : ["en"]).ToValueArray(),
                OptOuts = roll < 0.02 ? OptOuts.Pairing : OptOuts.None,
                SnoozedUntil = roll is >= 0.02 and < 0.05 ? day.AddDays(random.Next(1, 60)) : null,
                DoNotPair = roll is >= 0.05 and < 0.08 && i > 0 ? ["m" + random.Next(i).ToString("D5", CultureInfo.InvariantCulture)] : [],
                MeetEveryoneBeforeRepeating = random.NextDouble() < 0.2,
            };
        }
#pragma warning restore CA5394
    }

#pragma warning disable CA5394
    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
#pragma warning restore CA5394
}
