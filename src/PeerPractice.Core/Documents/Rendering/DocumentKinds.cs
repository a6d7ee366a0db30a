using System;
using System.Collections.Generic;
using System.Linq;

namespace PeerPractice.Documents;

/// <summary>
/// The document kinds a template's front matter may name (<c>kind: session</c>), one registration
/// each: the name authors write and what the template sees. A new kind (an introduction, an event, a
/// relationship) is one <see cref="DocumentKind"/> member, one line here and one sample in <see cref="TemplateSamples"/>.
/// </summary>
public static class DocumentKinds
{
    private static readonly (DocumentKind Kind, string Name, string Description)[] _registry =
    [
        (DocumentKind.Session, "session", "a finished session: agenda, session (shareable notes, action items)"),
        (DocumentKind.VisitPlan, "visit-plan", "a site visit: plan"),
        (DocumentKind.VisitPair, "visit-pair", "a visit and its return visit: first, plan"),
        (DocumentKind.Agenda, "agenda", "any agenda: agenda"),
        (DocumentKind.Introduction, "introduction", "one side of an introduction: intro (the peer's public profile, the reasons they fit)"),
        (DocumentKind.Breakfast, "breakfast", "a breakfast of similar leaders: breakfast (topics, invitees)"),
    ];

    /// <summary>Every kind's name, in registration order.</summary>
    public static IReadOnlyList<string> Names { get; } = _registry.Select(entry => entry.Name).ToArray();

    /// <summary>The kind named <paramref name="name"/>, or null.</summary>
    /// <param name="name">A kind name such as <c>session</c>.</param>
    public static DocumentKind? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var entry in _registry)
        {
            if (string.Equals(entry.Name, name, StringComparison.Ordinal))
            {
                return entry.Kind;
            }
        }

        return null;
    }

    /// <summary>The name authors write for <paramref name="kind"/>.</summary>
    /// <param name="kind">A kind.</param>
    public static string NameOf(DocumentKind kind) => Entry(kind).Name;

    /// <summary>What a template of <paramref name="kind"/> renders from and sees at its top level.</summary>
    /// <param name="kind">A kind.</param>
    public static string Describe(DocumentKind kind) => Entry(kind).Description;

    private static (DocumentKind Kind, string Name, string Description) Entry(DocumentKind kind)
    {
        foreach (var entry in _registry)
        {
            if (entry.Kind == kind)
            {
                return entry;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a registered document kind.");
    }
}
