using System;
using System.Collections.Generic;
using PeerPractice.Documents;
using PeerPractice.Matching;

namespace PeerPractice.Breakfasts;

/// <summary>
/// The breakfast invitation document, rendered by the library's sandboxed Scriban renderer from the
/// built-in <c>breakfast-invitation.md</c> template (the .ics comes from <c>Invitations.ForBreakfast</c>).
/// Like every built-in template, a template folder can override it: render
/// <see cref="BuiltInTemplates.BreakfastInvitation"/> from <see cref="DocumentModel.FromBreakfast"/> with a
/// <see cref="TemplateRenderer"/> over <see cref="TemplateSet.FromFolder"/>.
/// </summary>
public static class BreakfastInvitation
{
    /// <summary>The template's name.</summary>
    public const string TemplateName = BuiltInTemplates.BreakfastInvitation;

    private static readonly Lazy<TemplateRenderer> _renderer = new(() => new TemplateRenderer(TemplateSet.BuiltIn));

    /// <summary>The invitation as Markdown.</summary>
    /// <param name="breakfast">The event.</param>
    /// <param name="invitees">The invitees' profiles, in invitation order.</param>
    /// <param name="catalog">The topic catalog; the built-in one when null.</param>
    public static string Render(BreakfastEvent breakfast, IReadOnlyList<MemberProfile> invitees, TopicCatalog? catalog = null) =>
        _renderer.Value.Render(TemplateName, DocumentModel.FromBreakfast(breakfast, invitees, catalog));
}
