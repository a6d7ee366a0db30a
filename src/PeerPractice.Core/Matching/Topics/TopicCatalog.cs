using System;
using System.Collections.Generic;
using System.IO;
using PeerPractice.Collections;

namespace PeerPractice.Matching;

/// <summary>
/// The one topic vocabulary: every subject profiles, matching, breakfast tables, visit plans and
/// documents name, by one set of ids. The built-in catalog holds the site-visit areas and the
/// breakfast subjects of the project's seeds, plus a few themes every IT leader meets; authors
/// extend it with their own JSON file (<see cref="TopicCatalogParser"/>).
/// </summary>
/// <remarks>
/// Each topic owns one bit (its index), so a member's concerns or strengths fit in one
/// <see cref="ulong"/> and set operations are single instructions; hence at most
/// <see cref="MaxTopics"/> topics per catalog.
/// </remarks>
public sealed class TopicCatalog
{
    /// <summary>The largest catalog a bitmask can hold.</summary>
    public const int MaxTopics = 64;

    private static readonly Lazy<TopicCatalog> _builtIn = new(LoadBuiltIn);
    private readonly Dictionary<string, int> _indexById;

    /// <summary>Creates a catalog of <paramref name="topics"/>.</summary>
    /// <param name="topics">The topics, in display order; a topic's index is its bit.</param>
    /// <exception cref="ArgumentException">More than <see cref="MaxTopics"/> topics, or an empty or duplicate id (ordinal, case-insensitive).</exception>
    public TopicCatalog(IReadOnlyList<Topic> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        if (topics.Count > MaxTopics)
        {
            throw new ArgumentException($"A topic catalog holds at most {MaxTopics} topics; got {topics.Count}.", nameof(topics));
        }

        _indexById = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < topics.Count; i++)
        {
            var id = topics[i].Id;
            if (string.IsNullOrWhiteSpace(id) || !_indexById.TryAdd(id, i))
            {
                throw new ArgumentException($"Topic {i} has an empty or duplicate id '{id}'.", nameof(topics));
            }
        }

        Topics = topics.ToValueArray();
    }

    /// <summary>The catalog shipped with the library (embedded <c>topics.json</c>); the default everywhere a catalog is optional.</summary>
    public static TopicCatalog BuiltIn => _builtIn.Value;

    /// <summary>Every topic, in display order; a topic's index is its bit.</summary>
    public ValueArray<Topic> Topics { get; }

    /// <summary>The topic with <paramref name="id"/> (case-insensitive), or null.</summary>
    /// <param name="id">A topic id.</param>
    public Topic? Find(string id) => TryGetBit(id, out var bit) ? Topics[bit] : null;

    /// <summary>True when <paramref name="id"/> names a topic of this catalog (case-insensitive).</summary>
    /// <param name="id">A topic id.</param>
    public bool Contains(string id) => _indexById.ContainsKey(id);

    /// <summary>Looks up a topic's bit by id.</summary>
    /// <param name="id">A topic id (case-insensitive).</param>
    /// <param name="bit">The topic's bit index, when found.</param>
    /// <returns>True when the id is in the catalog.</returns>
    public bool TryGetBit(string id, out int bit) => _indexById.TryGetValue(id, out bit);

    /// <summary>The bitmask of a set of topic ids.</summary>
    /// <param name="ids">Topic ids.</param>
    /// <exception cref="ArgumentException">An id is not in the catalog; the message names it.</exception>
    public ulong MaskOf(IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ulong mask = 0;
        foreach (var id in ids)
        {
            if (!TryGetBit(id, out var bit))
            {
                throw new ArgumentException($"Unknown topic '{id}': not in the topic catalog.", nameof(ids));
            }

            mask |= 1UL << bit;
        }

        return mask;
    }

    /// <summary>
    /// The bitmask of one member's concerns or strengths, checked at the entry of a planner so that
    /// a profile built in code with an unknown topic fails there, naming the member and the topic,
    /// rather than somewhere inside the planner. (Profiles read by <see cref="ProfileLoader"/> were
    /// already checked, with file locations.)
    /// </summary>
    internal ulong MaskOfMember(MemberProfile member, bool strengths, string paramName)
    {
        var ids = strengths ? member.Strengths : member.Concerns;
        ulong mask = 0;
        foreach (var id in ids)
        {
            if (!TryGetBit(id, out var bit))
            {
                throw new ArgumentException(
                    $"Member '{member.Id}' names unknown topic '{id}' in its {(strengths ? "strengths" : "concerns")}; use an id of the topic catalog (load profiles with ProfileLoader to get every such problem, located).",
                    paramName);
            }

            mask |= 1UL << bit;
        }

        return mask;
    }

    /// <summary>The first of <paramref name="ids"/> that is not in the catalog, or null when all are known.</summary>
    /// <param name="ids">Topic ids.</param>
    public string? FirstUnknown(IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        foreach (var id in ids)
        {
            if (!_indexById.ContainsKey(id))
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>The titles of the topics in <paramref name="mask"/>, in catalog order.</summary>
    /// <param name="mask">A topic bitmask.</param>
    public ValueArray<string> TitlesOf(ulong mask)
    {
        var titles = new List<string>();
        for (var i = 0; i < Topics.Count; i++)
        {
            if ((mask & (1UL << i)) != 0)
            {
                titles.Add(Topics[i].Title);
            }
        }

        return titles.ToValueArray();
    }

    /// <summary>A title as it reads inside a sentence: first letter lower-cased unless the title starts with an acronym (ROI, AI, IT).</summary>
    /// <param name="title">A topic title.</param>
    public static string InSentence(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return title.Length > 1 && char.IsUpper(title[1]) ? title : string.Concat(title[..1].ToLowerInvariant(), title.AsSpan(1));
    }

    /// <summary>
    /// This catalog extended by <paramref name="extension"/>: new ids are appended, and a topic with
    /// an id already here replaces it in place (keeping its bit), so authors can rewrite a built-in
    /// topic's questions.
    /// </summary>
    /// <param name="extension">The author's topics.</param>
    /// <exception cref="ArgumentException">The merged catalog would hold more than <see cref="MaxTopics"/> topics.</exception>
    public TopicCatalog ExtendWith(TopicCatalog extension)
    {
        ArgumentNullException.ThrowIfNull(extension);
        var merged = new List<Topic>();
        foreach (var topic in Topics)
        {
            merged.Add(extension.Find(topic.Id) ?? topic);
        }

        foreach (var topic in extension.Topics)
        {
            if (!Contains(topic.Id))
            {
                merged.Add(topic);
            }
        }

        return new TopicCatalog(merged);
    }

    private static TopicCatalog LoadBuiltIn()
    {
        using var stream = typeof(TopicCatalog).Assembly.GetManifestResourceStream("PeerPractice.Matching.Topics.topics.json")
            ?? throw new InvalidOperationException("The built-in topic catalog is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var result = TopicCatalogParser.Parse(reader.ReadToEnd(), "topics.json");
        return result.Value ?? throw new InvalidOperationException(
            "The built-in topic catalog is invalid: " + string.Join("; ", result.Problems));
    }
}
