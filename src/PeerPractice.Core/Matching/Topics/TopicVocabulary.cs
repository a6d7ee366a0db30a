using System;
using System.Collections.Generic;
using PeerPractice.Collections;

namespace PeerPractice.Matching;

/// <summary>
/// The closed list of topics profiles may use. Each topic owns one bit, so a member's concerns or
/// strengths fit in one <see cref="ulong"/> and set operations are single instructions; hence at
/// most 64 topics per vocabulary.
/// </summary>
public sealed class TopicVocabulary
{
    /// <summary>The largest vocabulary a bitmask can hold.</summary>
    public const int MaxTopics = 64;

    private readonly Dictionary<string, int> _bitById;

    /// <summary>Creates a vocabulary; ids must be unique (ordinal, case-insensitive).</summary>
    /// <param name="topics">The topics, in display order.</param>
    /// <exception cref="ArgumentException">More than 64 topics, or a duplicate or empty id.</exception>
    public TopicVocabulary(IEnumerable<Topic> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        Topics = topics.ToValueArray();
        if (Topics.Count > MaxTopics)
        {
            throw new ArgumentException($"A vocabulary holds at most {MaxTopics} topics; got {Topics.Count}.", nameof(topics));
        }

        _bitById = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Topics.Count; i++)
        {
            var id = Topics[i].Id;
            if (string.IsNullOrWhiteSpace(id) || !_bitById.TryAdd(id, i))
            {
                throw new ArgumentException($"Topic {i} has an empty or duplicate id '{id}'.", nameof(topics));
            }
        }
    }

    /// <summary>The topics, in display order; a topic's index is its bit.</summary>
    public ValueArray<Topic> Topics { get; }

    /// <summary>
    /// The default vocabulary, from the project's seeds: the CIO breakfast topics (business alignment,
    /// mobile, security, social, innovation, IT as a profit centre) and the site-visit topics
    /// (workforce and talent, service management, customer experience, ROI measurement,
    /// cybersecurity, cultural dynamics, AI integration), plus a few every IT leader meets.
    /// </summary>
    public static TopicVocabulary Default { get; } = new(DefaultTopics.All);

    /// <summary>Looks up a topic's bit by id.</summary>
    /// <param name="id">A topic id (case-insensitive).</param>
    /// <param name="bit">The topic's bit index, when found.</param>
    /// <returns>True when the id is in the vocabulary.</returns>
    public bool TryGetBit(string id, out int bit) => _bitById.TryGetValue(id, out bit);

    /// <summary>The bitmask of a set of topic ids; unknown ids throw.</summary>
    /// <param name="ids">Topic ids.</param>
    /// <exception cref="ArgumentException">An id is not in the vocabulary.</exception>
    public ulong MaskOf(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ulong mask = 0;
        foreach (var id in ids)
        {
            if (!TryGetBit(id, out var bit))
            {
                throw new ArgumentException($"Unknown topic '{id}'.", nameof(ids));
            }

            mask |= 1UL << bit;
        }

        return mask;
    }

    /// <summary>A label as it reads inside a sentence: first letter lower-cased unless the label starts with an acronym (ROI, AI, IT).</summary>
    /// <param name="label">A topic label.</param>
    public static string InSentence(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return label.Length > 1 && char.IsUpper(label[1]) ? label : string.Concat(label[..1].ToLowerInvariant(), label.AsSpan(1));
    }

    /// <summary>The labels of the topics in <paramref name="mask"/>, in vocabulary order.</summary>
    /// <param name="mask">A topic bitmask.</param>
    public IReadOnlyList<string> LabelsOf(ulong mask)
    {
        var labels = new List<string>();
        for (var i = 0; i < Topics.Count; i++)
        {
            if ((mask & (1UL << i)) != 0)
            {
                labels.Add(Topics[i].Label);
            }
        }

        return labels;
    }
}
