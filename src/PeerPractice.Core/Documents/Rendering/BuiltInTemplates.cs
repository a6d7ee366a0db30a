using System;
using System.Collections.Generic;

namespace PeerPractice.Documents;

/// <summary>The names of the templates shipped with the library, and what each renders from.</summary>
public static class BuiltInTemplates
{
    /// <summary>The site-visit plan (Markdown).</summary>
    public const string VisitPlan = "visit-plan.md";

    /// <summary>The invitation to the host (Markdown).</summary>
    public const string Invitation = "invitation.md";

    /// <summary>The invitation to the return visit (Markdown).</summary>
    public const string ReciprocalInvitation = "reciprocal-invitation.md";

    /// <summary>The follow-up after a visit (Markdown).</summary>
    public const string FollowUp = "follow-up.md";

    /// <summary>The agenda handout (Markdown).</summary>
    public const string Handout = "handout.md";

    /// <summary>The agenda handout (HTML).</summary>
    public const string HandoutHtml = "handout.html";

    /// <summary>The session summary (Markdown).</summary>
    public const string Summary = "summary.md";

    /// <summary>The session summary (HTML).</summary>
    public const string SummaryHtml = "summary.html";

    /// <summary>The message to each side of an introduction (Markdown).</summary>
    public const string Introduction = "introduction.md";

    /// <summary>The invitation to a breakfast of similar leaders (Markdown).</summary>
    public const string BreakfastInvitation = "breakfast-invitation.md";

    private static readonly Dictionary<string, DocumentKind> _kinds = new(StringComparer.Ordinal)
    {
        [VisitPlan] = DocumentKind.VisitPlan,
        [Invitation] = DocumentKind.VisitPlan,
        [ReciprocalInvitation] = DocumentKind.VisitPair,
        [FollowUp] = DocumentKind.VisitPlan,
        [Handout] = DocumentKind.Agenda,
        [HandoutHtml] = DocumentKind.Agenda,
        [Summary] = DocumentKind.Session,
        [SummaryHtml] = DocumentKind.Session,
        [Introduction] = DocumentKind.Introduction,
        [BreakfastInvitation] = DocumentKind.Breakfast,
    };

    /// <summary>Every built-in template name, in a stable order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [VisitPlan, Invitation, ReciprocalInvitation, FollowUp, Handout, HandoutHtml, Summary, SummaryHtml, Introduction, BreakfastInvitation];

    /// <summary>What the template named <paramref name="name"/> renders from, or null for an unknown name.</summary>
    /// <param name="name">A template name.</param>
    public static DocumentKind? KindOf(string name) => _kinds.TryGetValue(name, out var kind) ? kind : null;
}
