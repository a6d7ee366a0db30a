using System;
using System.Collections.Generic;
using System.IO;
using PeerPractice.Collections;

namespace PeerPractice.Visits;

/// <summary>
/// The discussion topics visits and roundtables draw on: the site-visit areas with their probing
/// questions and the breakfast subjects, as data. Authors extend it with their own JSON file.
/// </summary>
public sealed class TopicCatalog
{
    private static readonly Lazy<TopicCatalog> _builtIn = new(LoadBuiltIn);
    private readonly Dictionary<string, VisitTopic> _byId;

    /// <summary>Creates a catalog of <paramref name="topics"/>; ids must be unique.</summary>
    /// <param name="topics">The topics, in display order.</param>
    /// <exception cref="ArgumentException">Two topics share an id.</exception>
    public TopicCatalog(ValueArray<VisitTopic> topics)
    {
        _byId = new Dictionary<string, VisitTopic>(StringComparer.Ordinal);
        foreach (var topic in topics)
        {
            if (!_byId.TryAdd(topic.Id, topic))
            {
                throw new ArgumentException($"Topic id '{topic.Id}' appears twice.", nameof(topics));
            }
        }

        Topics = topics;
    }

    /// <summary>The catalog shipped with the library (embedded <c>topics.json</c>).</summary>
    public static TopicCatalog BuiltIn => _builtIn.Value;

    /// <summary>Every topic, in display order.</summary>
    public ValueArray<VisitTopic> Topics { get; }

    /// <summary>The topic with <paramref name="id"/>, or null.</summary>
    /// <param name="id">A topic id.</param>
    public VisitTopic? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// This catalog extended by <paramref name="extension"/>: new ids are appended, and a topic with
    /// an id already here replaces it in place, so authors can rewrite a built-in topic's questions.
    /// </summary>
    /// <param name="extension">The author's topics.</param>
    public TopicCatalog ExtendWith(TopicCatalog extension)
    {
        ArgumentNullException.ThrowIfNull(extension);
        var merged = new List<VisitTopic>();
        foreach (var topic in Topics)
        {
            merged.Add(extension.Find(topic.Id) ?? topic);
        }

        foreach (var topic in extension.Topics)
        {
            if (!_byId.ContainsKey(topic.Id))
            {
                merged.Add(topic);
            }
        }

        return new TopicCatalog(merged.ToValueArray());
    }

    private static TopicCatalog LoadBuiltIn()
    {
        using var stream = typeof(TopicCatalog).Assembly.GetManifestResourceStream("PeerPractice.Visits.Catalog.topics.json")
            ?? throw new InvalidOperationException("The built-in topic catalog is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var result = TopicCatalogParser.Parse(reader.ReadToEnd(), "topics.json");
        return result.Value ?? throw new InvalidOperationException(
            "The built-in topic catalog is invalid: " + string.Join("; ", result.Problems));
    }
}
