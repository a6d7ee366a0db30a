using System;
using System.Collections.Generic;
using System.IO;
using PeerPractice.Documents;
using PeerPractice.Matching;

namespace PeerPractice.Breakfasts;

/// <summary>
/// The breakfast invitation document, rendered by the library's sandboxed Scriban renderer from the
/// embedded <c>breakfast-invitation.md</c> template (the .ics comes from <c>Invitations.ForBreakfast</c>).
/// </summary>
public static class BreakfastInvitation
{
    /// <summary>The template's name.</summary>
    public const string TemplateName = "breakfast-invitation.md";

    private static readonly Lazy<TemplateRenderer> _renderer = new(() => new TemplateRenderer(TemplateSet.BuiltIn.With(new TemplateSource(TemplateName, ReadTemplate(), null))));

    /// <summary>The invitation as Markdown.</summary>
    /// <param name="breakfast">The event.</param>
    /// <param name="invitees">The invitees' profiles, in invitation order.</param>
    /// <param name="catalog">The topic catalog; the built-in one when null.</param>
    public static string Render(BreakfastEvent breakfast, IReadOnlyList<MemberProfile> invitees, TopicCatalog? catalog = null) =>
        _renderer.Value.Render(TemplateName, DocumentModel.FromBreakfast(breakfast, invitees, catalog));

    private static string ReadTemplate()
    {
        using var stream = typeof(BreakfastInvitation).Assembly.GetManifestResourceStream("PeerPractice.Breakfasts.Templates." + TemplateName + TemplateSet.FileExtension)
            ?? throw new InvalidOperationException("The breakfast invitation template is missing from the assembly's resources.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
